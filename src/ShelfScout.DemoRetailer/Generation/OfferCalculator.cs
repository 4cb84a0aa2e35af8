using ShelfScout.Domain.Catalog;

namespace ShelfScout.DemoRetailer.Generation;

/// <summary>
/// Price and stock as a pure function of (seed, product, day). Each product re-rolls its price every few days
/// and its stock on a different cycle, so consecutive days differ for some products but not all.
/// </summary>
internal static class OfferCalculator
{
    private static readonly int[] Discounts = [10, 15, 20, 25, 30, 40];

    public static DemoOffer For(int seed, int productId, ProductTraits traits, int day)
    {
        var priceEpoch = FloorDiv(day + traits.PriceOffset, traits.PricePeriod);
        var priceRandom = StableRandom.For(seed, "price", productId, priceEpoch);
        var factor = 0.88m + (priceRandom.Next(0, 25) / 100m);
        var regular = RoundToShelfPrice(traits.BasePrice * factor, traits.Currency, priceRandom.Next(3));
        var price = regular;
        decimal? listPrice = null;
        if (priceRandom.Chance(22))
        {
            var discount = priceRandom.Pick(Discounts);
            var reduced = RoundToShelfPrice(regular * (100 - discount) / 100m, traits.Currency, 0);
            if (reduced <= regular * 0.95m)
            {
                price = reduced;
                listPrice = regular;
            }
        }

        var stockEpoch = FloorDiv(day + traits.StockOffset, traits.StockPeriod);
        var stockRandom = StableRandom.For(seed, "stock", productId, stockEpoch);
        var roll = stockRandom.Next(100);
        var (availability, quantity) = roll switch
        {
            < 64 => (Availability.InStock, (int?)null),
            < 76 => (Availability.LimitedAvailability, stockRandom.Next(1, 6)),
            < 92 => (Availability.OutOfStock, null),
            _ => (Availability.PreOrder, null),
        };
        return new DemoOffer(price, listPrice, traits.Currency, availability, quantity);
    }

    /// <summary>Psychological price points: ZAR ends in 9 rand (x9.99 / x9.00), others in .99, .49 or .00.</summary>
    internal static decimal RoundToShelfPrice(decimal raw, string currency, int endingStyle)
    {
        if (currency == "ZAR")
        {
            var tens = Math.Max(1m, Math.Floor(raw / 10m));
            var rand = (tens * 10m) - 1m;
            return endingStyle == 2 ? rand + 0.00m : rand + 0.99m;
        }

        var whole = Math.Max(1m, Math.Floor(raw));
        return endingStyle switch
        {
            1 => whole + 0.49m,
            2 => whole + 0.00m,
            _ => whole + 0.99m,
        };
    }

    private static long FloorDiv(long a, long b) => (long)Math.Floor(a / (double)b);
}
