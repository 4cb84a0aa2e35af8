using System.Text.RegularExpressions;

namespace ShelfScout.Extraction.Pricing;

/// <summary>Finds the first amount-looking run of digits and separators in a price string.</summary>
internal static class AmountText
{
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Swiss and Liechtenstein style "1'299.50": an apostrophe-like mark between digits groups thousands.
    private static readonly Regex ApostropheGroup = new(@"(?<=\d)['’ʼ´`](?=\d{3}(?!\d))", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "35€99" or "35 € 99": the euro sign itself standing for the decimal separator.
    private static readonly Regex EuroAsSeparator = new(
        @"(?<![\d.,])(?<amount>\d[\d .,]*?\d|\d) ?€(?:(?<spaced> )?(?(spaced)\d\d|\d+))(?!\d)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // The first number not followed by "%", allowing a bare leading separator as in "$.75".
    private static readonly Regex SimpleNumber = new(
        @"(?<amount>[.,]?\d[\d .,]*)(?<!\s) ?(?:[^%\d]|$)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "2.00 100": a space after a number that already has its cents starts another number, not a thousands group.
    private static readonly Regex FinishedDecimalThenSpace = new(
        @"^([^ ]*?\d[.,]\d{1,2}) \d.*$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex RangeConnector = new(
        @"^\s*(?:-|–|—|~|to|bis|à|a|al|au|до|tot|till?)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The amount as written (spaces normalised), "0" for free items, or null. When the currency as written is
    /// given, the first number standing right next to it wins over earlier numbers ("3 issues for 14,85 EUR").
    /// </summary>
    public static string? Find(string price, string? currencyText = null)
    {
        var text = Whitespace.Replace(price, " ");
        text = ApostropheGroup.Replace(text, string.Empty);

        if (text.Count(c => c == '€') == 1)
        {
            var euro = EuroAsSeparator.Match(text);
            if (euro.Success)
            {
                return euro.Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            }
        }

        var numbers = SimpleNumber.Matches(text).Select(m => m.Groups["amount"]).ToList();
        if (numbers.Count > 0)
        {
            var chosen = NextToCurrency(text, numbers, currencyText) ?? numbers[0];
            var amount = FinishedDecimalThenSpace.Replace(chosen.Value, "$1").TrimEnd(',', '.', ' ');
            return amount.Count(c => c == '.') == 1 ? amount.Trim() : amount.TrimStart(',', '.').Trim();
        }

        return text.Contains("free", StringComparison.OrdinalIgnoreCase) ? "0" : null;
    }

    private static Group? NextToCurrency(string text, List<Group> numbers, string? currencyText)
    {
        if (numbers.Count < 2 || string.IsNullOrEmpty(currencyText))
        {
            return null;
        }

        var at = text.IndexOf(currencyText, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var end = at + currencyText.Length;
        var chosen = numbers.FirstOrDefault(n =>
            IsGap(text, n.Index + n.Length, at) || IsGap(text, end, n.Index));
        if (chosen is null || chosen == numbers[0])
        {
            return chosen;
        }

        // "From 26 to 50 €": a currency written after a range belongs to both ends, and the range starts first.
        var between = text[(numbers[0].Index + numbers[0].Length)..chosen.Index];
        return RangeConnector.IsMatch(between) ? numbers[0] : chosen;
    }

    private static bool IsGap(string text, int from, int to) =>
        from <= to && to - from <= 2 && text.AsSpan(from, to - from).Trim(" :").IsEmpty;
}
