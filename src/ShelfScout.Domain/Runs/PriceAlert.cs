using ShelfScout.Domain.Catalog;

namespace ShelfScout.Domain.Runs;

/// <summary>
/// A change worth telling someone about: a price drop or rise, a stock change, a new or a delisted product. Alerts
/// are raised by the store in the same transaction as the history row that records the change, so one change is
/// one alert. <see cref="Id"/> is 0 until stored.
/// </summary>
public sealed record PriceAlert(
    PriceAlertKind Kind,
    long ProductId,
    string Url,
    string? Name,
    decimal? OldPrice,
    decimal? NewPrice,
    string? Currency,
    Availability? OldAvailability,
    Availability NewAvailability)
{
    public long Id { get; init; }

    public long RetailerId { get; init; }

    public string? RetailerName { get; init; }

    /// <summary>The run that raised it (null when the run was deleted).</summary>
    public long? RunId { get; init; }

    public DateTimeOffset RaisedAt { get; init; }

    public string? Sku { get; init; }

    /// <summary>The variant the change is about (its SKU or option key), null for the product itself.</summary>
    public string? VariantKey { get; init; }

    /// <summary>Price change in percent of the old price (negative for a drop), null when either price is unknown.</summary>
    public decimal? PercentChange =>
        OldPrice is { } old && NewPrice is { } current && old != 0 ? Math.Round((current - old) / old * 100m, 2) : null;
}
