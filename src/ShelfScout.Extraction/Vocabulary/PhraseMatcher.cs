using System.Buffers;

namespace ShelfScout.Extraction.Vocabulary;

/// <summary>Finds any of a list of phrases in a text as whole words: a phrase edge that is a letter needs a non-letter beside it.</summary>
/// <remarks>So "ab" (German "from") matches "ab 9,99 €" but not "table", and "/kg" matches "2,99 €/kg".</remarks>
internal sealed class PhraseMatcher(IReadOnlyList<string> phrases)
{
    private readonly string[] _phrases = phrases.ToArray();
    private readonly SearchValues<string> _any = SearchValues.Create(phrases.ToArray(), StringComparison.OrdinalIgnoreCase);

    public bool IsIn(string text)
    {
        if (text.Length == 0 || text.AsSpan().IndexOfAny(_any) < 0)
        {
            return false;
        }

        foreach (var phrase in _phrases)
        {
            for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var startOk = !char.IsLetter(phrase[0]) || at == 0 || !char.IsLetter(text[at - 1]);
                var end = at + phrase.Length;
                var endOk = !char.IsLetter(phrase[^1]) || end == text.Length || !char.IsLetter(text[end]);
                if (startOk && endOk)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
