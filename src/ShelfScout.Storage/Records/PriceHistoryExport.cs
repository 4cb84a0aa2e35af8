namespace ShelfScout.Storage.Records;

/// <summary>One row of price and stock history, as exported: product-level, or one variant's (<see cref="Variant"/> set).</summary>
public sealed record PriceHistoryExport(
    string Retailer,
    string ProductUrl,
    string? Sku,
    decimal? Price,
    decimal? RegularPrice,
    string? Currency,
    string? Availability,
    int? StockQuantity,
    DateTimeOffset ObservedAt,
    string Kind)
{
    /// <summary>The variant's key when this is a variant's history row; null for the product's own.</summary>
    public string? Variant { get; init; }

    /// <summary>The variant's SKU, when it has one; null for product-level rows.</summary>
    public string? VariantSku { get; init; }
}
