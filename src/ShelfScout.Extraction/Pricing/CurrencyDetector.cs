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

    private static readonly SymbolMatcher Safe = new(SafeList);

    private static readonly SymbolMatcher Unsafe = new(
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
        return Find(DollarCode, price, '$') ?? Find(DollarCode, hint, '$')
            ?? Find(Safe, price) ?? Find(Safe, hint)
            ?? Find(Unsafe, price) ?? Find(Unsafe, hint)
            ?? Find(LoneLetter, price, null) ?? Find(LoneLetter, hint, null);
    }

    private static string? Find(Regex pattern, string? text, char? required)
    {
        if (string.IsNullOrEmpty(text) || (required is { } c && !text.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        var match = pattern.Match(text);
        return match.Success ? match.Value.Trim() : null;
    }

    private static string? Find(SymbolMatcher symbols, string? text) => string.IsNullOrEmpty(text) ? null : symbols.Match(text);
}
