namespace ShelfScout.Extraction.Pricing;

/// <summary>A price read from text: the amount, the currency as written (symbol or code) and as ISO 4217 when it can be resolved.</summary>
public sealed record ParsedPrice(decimal? Amount, string? CurrencyText, string? CurrencyCode, string? AmountText);
