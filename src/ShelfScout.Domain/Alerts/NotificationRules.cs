using ShelfScout.Domain.Runs;

namespace ShelfScout.Domain.Alerts;

/// <summary>
/// Which alerts a notification target wants: kinds (empty: all), a minimum percent change for price alerts, and a
/// price threshold (an alert is sent when the new price is at or below it) for all products or per product (keyed by
/// SKU or URL; a per-product threshold overrides the general one).
/// </summary>
public sealed record NotificationRules
{
    public IReadOnlyCollection<PriceAlertKind> Kinds { get; init; } = [];

    /// <summary>Price drops and rises smaller than this many percent (absolute) are not sent.</summary>
    public decimal? MinPercentChange { get; init; }

    /// <summary>Only price alerts whose new price is at or below this are sent.</summary>
    public decimal? PriceAtOrBelow { get; init; }

    /// <summary>Per-product price thresholds, keyed by SKU or product URL.</summary>
    public IReadOnlyDictionary<string, decimal> ProductPriceAtOrBelow { get; init; } = new Dictionary<string, decimal>();

    public static NotificationRules All { get; } = new();

    public bool Matches(PriceAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (Kinds.Count > 0 && !Kinds.Contains(alert.Kind))
        {
            return false;
        }

        if (alert.Kind is not (PriceAlertKind.PriceDrop or PriceAlertKind.PriceRise))
        {
            return true;
        }

        if (MinPercentChange is { } min && alert.PercentChange is { } percent && Math.Abs(percent) < min)
        {
            return false;
        }

        var threshold = (alert.Sku is { } sku && ProductPriceAtOrBelow.TryGetValue(sku, out var bySku) ? bySku : (decimal?)null)
            ?? (ProductPriceAtOrBelow.TryGetValue(alert.Url, out var byUrl) ? byUrl : (decimal?)null)
            ?? PriceAtOrBelow;
        return threshold is not { } limit || alert.NewPrice is not { } price || price <= limit;
    }
}
