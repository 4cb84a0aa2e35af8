using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Dashboard;

/// <summary>A product as one row of a list: identity and latest offer.</summary>
public sealed record ProductListItem(
    long Id,
    long RetailerId,
    string RetailerName,
    string Url,
    string? Name,
    string? Sku,
    decimal? Price,
    decimal? RegularPrice,
    string? Currency,
    Availability Availability,
    int? StockQuantity,
    DateTimeOffset? PriceChangedAt,
    DateTimeOffset? DelistedAt);
