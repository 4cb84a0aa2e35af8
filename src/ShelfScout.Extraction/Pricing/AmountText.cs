using System.Text.RegularExpressions;

namespace ShelfScout.Extraction.Pricing;

/// <summary>Finds the first amount-looking run of digits and separators in a price string.</summary>
internal static class AmountText
{
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    // Swiss and Liechtenstein style "1'299.50": an apostrophe-like mark between digits groups thousands.
    private static readonly Regex ApostropheGroup = new(@"(?<=\d)['’ʼ´`](?=\d{3}(?!\d))", RegexOptions.CultureInvariant);

    // "35€99" or "35 € 99": the euro sign itself standing for the decimal separator.
    private static readonly Regex EuroAsSeparator = new(
        @"(?<![\d.,])(?<amount>\d[\d .,]*?\d|\d) ?€(?:(?<spaced> )?(?(spaced)\d\d|\d+))(?!\d)",
        RegexOptions.CultureInvariant);

    // The first number not followed by "%", allowing a bare leading separator as in "$.75".
    private static readonly Regex SimpleNumber = new(
        @"(?<amount>[.,]?\d[\d .,]*)(?<!\s) ?(?:[^%\d]|$)",
        RegexOptions.CultureInvariant);

    /// <summary>The amount as written (spaces normalised), "0" for free items, or null.</summary>
    public static string? Find(string price)
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

        var match = SimpleNumber.Match(text);
        if (match.Success)
        {
            var amount = match.Groups["amount"].Value.TrimEnd(',', '.', ' ');
            return amount.Count(c => c == '.') == 1 ? amount.Trim() : amount.TrimStart(',', '.').Trim();
        }

        return text.Contains("free", StringComparison.OrdinalIgnoreCase) ? "0" : null;
    }
}
