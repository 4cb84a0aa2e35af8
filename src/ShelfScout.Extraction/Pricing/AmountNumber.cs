using System.Globalization;
using System.Text.RegularExpressions;

namespace ShelfScout.Extraction.Pricing;

/// <summary>Turns amount text of any locale into a decimal, guessing which mark is the decimal separator.</summary>
internal static class AmountNumber
{
    // A separator followed by 1-2 or 4+ digits up to the end is decimal; 3 digits is taken as a thousands group.
    private static readonly Regex DecimalSeparator = new(@"([.,€])(?:\d{1,2}|\d{4,})$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static decimal? Parse(string? amountText, char? decimalSeparatorHint)
    {
        if (string.IsNullOrWhiteSpace(amountText))
        {
            return null;
        }

        var num = new string(amountText.Where(c => !char.IsWhiteSpace(c)).ToArray());
        // Text only holds a euro sign when it stood between euros and cents ("35€99").
        var separator = decimalSeparatorHint ?? Guess(num) ?? (num.Contains('€', StringComparison.Ordinal) ? '€' : null);
        num = separator switch
        {
            null => Remove(num, '.', ','),
            '.' => Remove(num, ','),
            ',' => Remove(num, '.').Replace(',', '.'),
            _ => Remove(num, '.', ',').Replace(separator.Value, '.'),
        };

        return decimal.TryParse(num, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static char? Guess(string num)
    {
        var match = DecimalSeparator.Match(num);
        return match.Success ? match.Groups[1].Value[0] : null;
    }

    private static string Remove(string s, params char[] chars) =>
        new(s.Where(c => Array.IndexOf(chars, c) < 0).ToArray());
}
