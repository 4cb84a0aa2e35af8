using ShelfScout.Domain.Catalog;

namespace ShelfScout.Domain.Runs;

/// <summary>A change worth telling someone about, found while monitoring prices and stock.</summary>
public sealed record PriceAlert(
    PriceAlertKind Kind,
    long ProductId,
    string Url,
    string? Name,
    decimal? OldPrice,
    decimal? NewPrice,
    string? Currency,
    Availability? OldAvailability,
    Availability NewAvailability);
