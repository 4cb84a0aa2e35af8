namespace ShelfScout.Storage.Records;

/// <summary>A product with its latest offer and category paths, as exported.</summary>
public sealed record ProductExport(
    long Id,
    string Retailer,
    string Url,
    string? Name,
    string? Sku,
    string? Gtin,
    string? Mpn,
    string? Brand,
    string? Description,
    decimal? Price,
    decimal? RegularPrice,
    string? Currency,
    string? Availability,
    int? StockQuantity,
    decimal? Rating,
    int? ReviewCount,
    IReadOnlyList<string> Images,
    IReadOnlyList<string> Categories,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen)
{
    /// <summary>The product's stored variants (sizes, colours) with their latest offers, in the order first seen; empty when it has none.</summary>
    public IReadOnlyList<VariantExport> Variants { get; init; } = [];
}
