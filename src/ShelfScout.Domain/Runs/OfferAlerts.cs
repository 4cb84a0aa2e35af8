using ShelfScout.Domain.Catalog;

namespace ShelfScout.Domain.Runs;

/// <summary>
/// Which alerts one recorded offer change means. A first observation (nothing known before) raises nothing; a price
/// that moved is a drop or a rise; stock that went from not buyable to buyable is back in stock, and the reverse is
/// out of stock (an unknown state on either side raises nothing).
/// </summary>
public static class OfferAlerts
{
    public static PriceAlertKind? ForPrice(decimal? previous, decimal current) =>
        previous is { } old && old != current ? (current < old ? PriceAlertKind.PriceDrop : PriceAlertKind.PriceRise) : null;

    public static PriceAlertKind? ForStock(Availability? previous, Availability current)
    {
        if (previous is not { } before || before == Availability.Unknown || current == Availability.Unknown)
        {
            return null;
        }

        return (IsBuyable(before), IsBuyable(current)) switch
        {
            (false, true) => PriceAlertKind.BackInStock,
            (true, false) => PriceAlertKind.WentOutOfStock,
            _ => null,
        };
    }

    public static bool IsBuyable(Availability availability) =>
        availability is Availability.InStock or Availability.LimitedAvailability or Availability.BackOrder or Availability.PreOrder;
}
