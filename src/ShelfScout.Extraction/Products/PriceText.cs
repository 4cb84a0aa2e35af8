using ShelfScout.Extraction.Pricing;

namespace ShelfScout.Extraction.Products;

/// <summary>The engine's one door to price parsing, so the heuristics never depend on the parser's internals.</summary>
internal static class PriceText
{
    /// <summary>Parses without a currency hint, so <see cref="ParsedPrice.CurrencyText"/> says whether the text itself names one.</summary>
    public static ParsedPrice Parse(string? text, string? currencyHint = null, char? decimalSeparatorHint = null)
    {
        var parsed = PriceParser.Parse(text, null, decimalSeparatorHint);
        return parsed.CurrencyCode is null && currencyHint is not null && parsed.CurrencyText is null
            ? parsed with { CurrencyCode = CurrencyCode(currencyHint) }
            : parsed;
    }

    /// <summary>An ISO 4217 code for a symbol or code, or null.</summary>
    public static string? CurrencyCode(string? currency, string? hint = null) =>
        string.IsNullOrWhiteSpace(currency) ? null : CurrencyResolver.Resolve(currency.Trim(), hint);
}
