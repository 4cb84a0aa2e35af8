using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Prices;

/// <summary>Turns recorded history changes into alerts people care about.</summary>
internal static class PriceAlerts
{
    public static IEnumerable<PriceAlert> From(ProductRef product, PriceChange? price, StockChange? stock)
    {
        var availability = stock?.Current ?? product.Availability;
        if (price is { PreviousPrice: { } old } && old != price.NewPrice)
        {
            var kind = price.NewPrice < old ? PriceAlertKind.PriceDrop : PriceAlertKind.PriceRise;
            yield return new PriceAlert(kind, product.Id, product.Url, product.Name, old, price.NewPrice, price.Currency, stock?.Previous, availability);
        }

        if (stock is { Previous: { } previous })
        {
            var wasBuyable = IsBuyable(previous);
            var isBuyable = IsBuyable(stock.Current);
            if (!wasBuyable && isBuyable && previous != Availability.Unknown)
            {
                yield return new PriceAlert(PriceAlertKind.BackInStock, product.Id, product.Url, product.Name, product.Price, price?.NewPrice ?? product.Price, product.Currency, previous, stock.Current);
            }
            else if (wasBuyable && !isBuyable && stock.Current != Availability.Unknown)
            {
                yield return new PriceAlert(PriceAlertKind.WentOutOfStock, product.Id, product.Url, product.Name, product.Price, price?.NewPrice ?? product.Price, product.Currency, previous, stock.Current);
            }
        }
    }

    private static bool IsBuyable(Availability availability) =>
        availability is Availability.InStock or Availability.LimitedAvailability or Availability.BackOrder or Availability.PreOrder;
}
