namespace ShelfScout.Storage.Records;

/// <summary>One row of price and stock history, as exported.</summary>
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
    string Kind);
