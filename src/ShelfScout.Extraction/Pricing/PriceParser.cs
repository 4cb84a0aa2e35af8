namespace ShelfScout.Extraction.Pricing;

/// <summary>Reads an amount and currency from a real-world price string of any locale.</summary>
public static class PriceParser
{
    /// <param name="text">e.g. <c>R 1 299,99</c>, <c>£12.99</c>, <c>12,99 €</c>, <c>from US$12</c>.</param>
    /// <param name="currencyHint">A currency already known for the page (symbol or code), used when the text has none.</param>
    /// <param name="decimalSeparatorHint">The decimal separator when known (<c>.</c> or <c>,</c>).</param>
    public static ParsedPrice Parse(string? text, string? currencyHint = null, char? decimalSeparatorHint = null)
    {
        var currencyText = CurrencyDetector.Detect(text, currencyHint);
        var amountText = text is null ? null : AmountText.Find(text, currencyText);
        var amount = AmountNumber.Parse(amountText, decimalSeparatorHint);
        var currencyCode = currencyText is null ? null : CurrencyResolver.Resolve(currencyText, currencyHint);
        return new ParsedPrice(amount, currencyText, currencyCode, amountText);
    }
}
