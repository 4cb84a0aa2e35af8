using System.Globalization;
using System.Text.RegularExpressions;
using ShelfScout.Extraction.Pricing;

namespace ShelfScout.Extraction.Products;

/// <summary>The engine's one door to price parsing (so the parser can be swapped without touching the heuristics).</summary>
internal static partial class PriceText
{
    public static ParsedPrice Parse(string? text, string? currencyHint = null, char? decimalSeparatorHint = null)
    {
        // TEMPORARY until PriceParser lands from branch `pricing`: a crude reader, deleted at that merge.
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ParsedPrice(null, null, null, null);
        }

        var match = Number().Match(text);
        if (!match.Success)
        {
            return new ParsedPrice(null, null, null, null);
        }

        var raw = match.Value.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
        var lastDot = raw.LastIndexOf('.');
        var lastComma = raw.LastIndexOf(',');
        var sep = Math.Max(lastDot, lastComma);
        string normalized;
        if (sep >= 0 && raw.Length - sep - 1 is 1 or 2 && (decimalSeparatorHint is null || raw[sep] == decimalSeparatorHint))
        {
            normalized = raw[..sep].Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal) + "." + raw[(sep + 1)..];
        }
        else
        {
            normalized = raw.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        }

        var amount = decimal.TryParse(normalized, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : (decimal?)null;
        var currency = Currency().Match(text);
        return new ParsedPrice(amount, currency.Success ? currency.Value : currencyHint, null, match.Value);
    }

    [GeneratedRegex(@"\d{1,3}(?:[ \u00a0.,']\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d)")]
    private static partial Regex Number();

    [GeneratedRegex(@"[$€£¥₩₽₸₹₪]|\b(?:EUR|USD|GBP|CHF|PLN|CZK|RON|KZT|RUB|ZAR|BRL|ARS|PKR|TWD|KRW|ILS|Kč|zł|lei|Ft|kr|Rs|R\$)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Currency();
}
