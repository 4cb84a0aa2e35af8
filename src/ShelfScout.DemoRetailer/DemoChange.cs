using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;

namespace ShelfScout.DemoRetailer;

/// <summary>
/// One change a monitoring crawl should report between two simulated days: a price drop or rise (current price
/// only), or stock turning buyable or not buyable (the rule of <see cref="OfferAlerts"/>).
/// </summary>
public sealed record DemoChange(
    PriceAlertKind Kind,
    string RelativeUrl,
    string Sku,
    decimal? OldPrice,
    decimal? NewPrice,
    Availability? OldAvailability,
    Availability? NewAvailability);
