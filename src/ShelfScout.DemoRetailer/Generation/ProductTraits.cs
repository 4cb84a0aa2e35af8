namespace ShelfScout.DemoRetailer.Generation;

/// <summary>
/// Hidden, day-independent parameters of one product's offers: its currency, price level and how often its
/// price and stock change. Kept out of <see cref="DemoProduct"/> because a shop page never states them.
/// </summary>
internal sealed record ProductTraits(
    string Currency,
    decimal BasePrice,
    int PricePeriod,
    int PriceOffset,
    int StockPeriod,
    int StockOffset,
    bool UsesStrikeTag)
{
    private static readonly string[] Currencies = ["ZAR", "ZAR", "GBP", "EUR", "USD"];

    public static ProductTraits Generate(int seed, int productId)
    {
        var random = StableRandom.For(seed, "traits", productId);
        var currency = random.Pick(Currencies);

        // A wide range so that thousands separators appear (R 1 299,99) as well as small prices (£4.49).
        var basePrice = currency == "ZAR"
            ? (decimal)Math.Round(49 + (Math.Pow(random.NextDouble(), 2.2) * 2400), 2)
            : (decimal)Math.Round(4 + (Math.Pow(random.NextDouble(), 5) * 1400), 2);
        var pricePeriod = random.Next(2, 6);
        var stockPeriod = random.Next(2, 5);
        return new ProductTraits(
            currency,
            basePrice,
            pricePeriod,
            random.Next(pricePeriod),
            stockPeriod,
            random.Next(stockPeriod),
            random.Chance(50));
    }
}
