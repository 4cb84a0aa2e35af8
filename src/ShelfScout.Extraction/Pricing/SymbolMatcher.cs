using System.Buffers;

namespace ShelfScout.Extraction.Pricing;

/// <summary>
/// Finds the first currency symbol of a list in a text, as a regular-expression alternation would (leftmost position,
/// then the longest symbol there), with the word-boundary rules of <see cref="CurrencyDetector"/>: a symbol starting
/// with a letter must not start inside a word, and a short Latin one ending in a letter must not run into a lowercase
/// letter ("lei" is not in "Bleistift", "EUR" is not in "EURope"). A multi-string search jumps between candidate
/// positions, so texts without any symbol cost one scan.
/// </summary>
internal sealed class SymbolMatcher
{
    private readonly SearchValues<string> _symbols;
    private readonly Dictionary<char, string[]> _byFirstChar;

    public SymbolMatcher(IEnumerable<string> symbols)
    {
        var list = symbols.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _symbols = SearchValues.Create(list, StringComparison.Ordinal);
        _byFirstChar = list
            .GroupBy(s => s[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToArray());
    }

    /// <summary>The symbol found, trimmed, or null.</summary>
    public string? Match(string text)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var found = text.AsSpan(offset).IndexOfAny(_symbols);
            if (found < 0)
            {
                return null;
            }

            var at = offset + found;
            foreach (var symbol in _byFirstChar[text[at]])
            {
                if (text.Length - at >= symbol.Length && string.CompareOrdinal(text, at, symbol, 0, symbol.Length) == 0 && Bounded(text, at, symbol))
                {
                    return symbol.Trim();
                }
            }

            offset = at + 1;
        }

        return null;
    }

    private static bool Bounded(string text, int at, string symbol)
    {
        if (char.IsLetter(symbol[0]) && at > 0 && char.IsLetter(text[at - 1]))
        {
            return false;
        }

        var end = at + symbol.Length;
        return !(char.IsLetter(symbol[^1]) && symbol.Length <= 3 && symbol.All(c => c < 0x250) && end < text.Length && char.IsLower(text[end]));
    }
}
