using System.Text.RegularExpressions;

namespace ShelfScout.Extraction.Pricing;

/// <summary>
/// Finds the currency as written in a price string (or in a hint text), trying the most reliable kinds of
/// symbol first: a dollar code next to a <c>$</c>, then unambiguous symbols, then codes and weaker abbreviations.
/// </summary>
internal static class CurrencyDetector
{
    // Symbols that almost always mean money wherever they appear in the text ("_" stands for a space).
    private const string SafeSymbols =
        "CAN$ US_$ AU_$ Bds$ CUC$ MOP$ AR$ AU$ BN$ BZ$ CA$ CL$ CO$ CV$ HK$ MX$ NT$ NZ$ TT$ RD$ WS$ US$ $U C$ J$ N$ R$ S$ T$ Z$ A$ GY$ G$ E£ R₣ " +
        "SY£ LB£ CN¥ GH₵ $ € £ zł Zł Kč ₽ ¥ ￥ ฿ դր. դր ₦ ₴ ₱ ৳ ₭ ₪ ﷼ ៛ ₩ ₫ ₡ টকা ƒ ₲ ؋ ₮ नेरू ₨ " +
        "₶ ₾ ֏ ৲ ₠ ₢ ₣ ₤ ₧ ₯ ₰ ₳ ₷ ₸ ₹ ₺ ₼ ₿ ℳ " +
        "ر.ق. د.ك. د.ع. ر.ع. ر.ي. ر.س. د.ج. د.م. د.إ. د.ت. د.ل. ل.س. د.ب. د.أ. ج.م. ل.ل. تومان " +
        "EUR euro Euro eur CHF DKK Rp lei руб. руб грн. грн дин. Dinara динар лв. лв р. тңг. тңг ман.";

    private static readonly string[] SafeList =
        SafeSymbols.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Replace('_', ' ')).ToArray();

    private static readonly Regex DollarCode = new(
        @"\b(?:" + string.Join('|', CurrencyTable.Codes.Where(c => c.EndsWith('D'))) + @")(?=\$?(?:[\W\d]|$))",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Safe = BuildAlternation(SafeList);

    private static readonly Regex Unsafe = BuildAlternation(
        CurrencyTable.Codes
            .Concat(CurrencyTable.SymbolCodes.Keys)
            .Except(SafeList, StringComparer.Ordinal)
            .Where(s => !(s.Length == 1 && char.IsAsciiLetter(s[0])))
            .Distinct(StringComparer.Ordinal));

    // A lone letter is a currency only glued to the amount before it, as in "R 1 299,99" or "R49".
    private static readonly Regex LoneLetter = new(@"(?<!\p{L})R(?=\s?\d)", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The currency text found, trimmed, or null.</summary>
    public static string? Detect(string? price, string? hint)
    {
        var searches = new List<(Regex Pattern, string? Text)>(8);
        if (price is not null && price.Contains('$', StringComparison.Ordinal))
        {
            searches.Add((DollarCode, price));
        }

        if (hint is not null && hint.Contains('$', StringComparison.Ordinal))
        {
            searches.Add((DollarCode, hint));
        }

        searches.Add((Safe, price));
        searches.Add((Safe, hint));
        searches.Add((Unsafe, price));
        searches.Add((Unsafe, hint));
        searches.Add((LoneLetter, price));
        searches.Add((LoneLetter, hint));

        foreach (var (pattern, text) in searches)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var match = pattern.Match(text);
            if (match.Success)
            {
                return match.Value.Trim();
            }
        }

        return null;
    }

    // Longest symbol first so that "руб." wins over "руб" and "CA$" over "C$" at the same position.
    // Symbols made of letters must not start or end inside a word ("lei" in "Bleistift"), except that
    // a symbol may run on into an inflected word ("руб" in "рублей").
    private static Regex BuildAlternation(IEnumerable<string> symbols)
    {
        var parts = symbols
            .OrderByDescending(s => s.Length)
            .ThenBy(s => s, StringComparer.Ordinal)
            .Select(s =>
            {
                var escaped = Regex.Escape(s);
                var startsWithLetter = char.IsLetter(s[0]);
                var endsWithLetter = char.IsLetter(s[^1]);
                return (startsWithLetter ? @"(?<!\p{L})" : string.Empty) + escaped +
                       (endsWithLetter && s.Length <= 3 && IsLatin(s) ? @"(?!\p{Ll})" : string.Empty);
            });
        return new Regex(string.Join('|', parts), RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private static bool IsLatin(string s) => s.All(c => c < 0x250);
}
