namespace ShelfScout.Storage.Records;

/// <summary>A product variant with its latest price and availability, as exported (nested in a product or one row each).</summary>
public sealed record VariantExport(
    string Retailer,
    string ProductUrl,
    string Key,
    string? Sku,
    string? Gtin,
    string? Name,
    IReadOnlyList<string> Options,
    decimal? Price,
    string? Currency,
    string? Availability,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen)
{
    /// <summary>The latest list price (compare-at) stated beside the price, if any.</summary>
    public decimal? RegularPrice { get; init; }

    /// <summary>The latest stock count the page stated, if any.</summary>
    public int? StockQuantity { get; init; }
}
