using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Recognises "next page" and "previous page" links by their text, aria-label, title or rel, in many languages.</summary>
internal static class NextLinkWords
{
    private static readonly HashSet<string> NextTexts = new(StringComparer.OrdinalIgnoreCase)
    {
        "next", "next page", "next »", "next ›", "next >", "next →", "›", "→", ">", "❯", "⟩", "〉", "▶", "►",
        "weiter", "nächste", "nächste seite", "suivant", "suivante", "page suivante", "siguiente", "página siguiente",
        "volgende", "volgende pagina", "próximo", "próxima", "seguinte", "avanti", "successivo", "successiva",
        "pagina successiva", "nästa", "neste", "næste", "seuraava", "następna", "dalej", "další", "következő", "next results",
        "sonraki", "далее", "следующая", "вперед", "вперёд", "次へ", "下一页", "下一頁", "다음", "التالي", "הבא", "load more", "show more",
    };

    // "»" and ">>" often mean "last page" where "›" means next, so they count only when nothing better is there.
    private static readonly HashSet<string> WeakNextTexts = new(StringComparer.Ordinal) { "»", ">>", "→→", "≫" };

    private static readonly string[] PreviousWords = ["prev", "previous", "zurück", "vorherige", "précédent", "anterior", "vorige", "precedente", "föregående", "back", "«", "‹", "first", "last", "letzte", "dernier", "último"];

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
