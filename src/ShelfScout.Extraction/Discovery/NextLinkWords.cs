using AngleSharp.Dom;
using ShelfScout.Extraction.Vocabulary;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Recognises "next page" and "previous page" links by their text, aria-label, title or rel, in many languages (<c>Vocabulary/next-words.*.txt</c>).</summary>
internal static class NextLinkWords
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Vocabulary = VocabularyFile.Load("next-words");

    private static readonly HashSet<string> NextTexts = new(Vocabulary.Section("Next"), StringComparer.OrdinalIgnoreCase);

    // "»" and ">>" often mean "last page" where "›" means next, so they count only when nothing better is there.
    private static readonly HashSet<string> WeakNextTexts = new(Vocabulary.Section("WeakNext"), StringComparer.Ordinal);

    private static readonly string[] PreviousWords = [.. Vocabulary.Section("Previous")];

    /// <summary>2 for a clear "next" link, 1 for a weak one ("»"), 0 otherwise.</summary>
    public static int NextStrength(IElement anchor)
    {
        var rel = anchor.GetAttribute("rel") ?? string.Empty;
        if (rel.Split(' ').Contains("next", StringComparer.OrdinalIgnoreCase))
        {
            return 3;
        }

        if (rel.Split(' ').Contains("prev", StringComparer.OrdinalIgnoreCase))
        {
            return 0;
        }

        var text = ElementTraits.CleanText(anchor.TextContent);
        var labels = new[] { anchor.GetAttribute("aria-label"), anchor.GetAttribute("title") }
            .Select(ElementTraits.CleanText).Where(l => l.Length > 0).ToList();
        if (NextTexts.Contains(text) || labels.Any(IsNextLabel) || text.Length == 0 && ElementTraits.Mentions(anchor, "next"))
        {
            return 2;
        }

        if (text.Length > 0 && text.Length <= 20 && IsNextLabel(text))
        {
            return 2;
        }

        return WeakNextTexts.Contains(text) ? 1 : 0;
    }

    private static bool IsNextLabel(string label)
    {
        var lower = label.ToLowerInvariant();
        if (PreviousWords.Any(w => lower.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }

        return NextTexts.Contains(lower) || lower.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => NextTexts.Contains(w) && w.Length > 1);
    }
}
