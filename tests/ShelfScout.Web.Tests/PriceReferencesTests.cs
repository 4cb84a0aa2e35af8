using ShelfScout.Storage.Records;
using ShelfScout.Web.Pricing;

namespace ShelfScout.Web.Tests;

/// <summary>The Omnibus reference (lowest price of the 30 days before the latest drop) and the 90-day most common price.</summary>
public sealed class PriceReferencesTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static PricePoint At(int day, decimal price) => new(Start.AddDays(day), price, null, "EUR");

    [Fact]
    public void LowestBeforeLatestDrop_CountsOnlyPricesHeldInThe30DaysBeforeTheDrop()
    {
        // 50 until day 10, 80 from day 10 to day 45, 60 from day 45 (the drop). 50 ended 35 days before the drop.
        var reference = PriceReferences.LowestBeforeLatestDrop([At(0, 50m), At(10, 80m), At(45, 60m)]);

        Assert.NotNull(reference);
        Assert.Equal(80m, reference.LowestPrice);
        Assert.Equal(Start.AddDays(45), reference.DropAt);
    }

    [Fact]
    public void LowestBeforeLatestDrop_APriceEndingInsideTheWindowCounts_AndTheDropsOwnPriceDoesNot()
    {
        // 40 held until day 20, 70 until day 40 (drop to 55): 40 was still in effect 20 days before the drop.
        var reference = PriceReferences.LowestBeforeLatestDrop([At(0, 40m), At(20, 70m), At(40, 55m), At(41, 30m)]);

        Assert.NotNull(reference);
        Assert.Equal(Start.AddDays(41), reference.DropAt);
        Assert.Equal(40m, reference.LowestPrice);
    }

    [Fact]
    public void LowestBeforeLatestDrop_IsNullWithoutADrop() =>
        Assert.Null(PriceReferences.LowestBeforeLatestDrop([At(0, 10m), At(5, 12m)]));

    [Fact]
    public void MostCommonPrice_IsTheOneHeldLongestInTheLast90Days()
    {
        // 10 for 100 days (only 50 of them inside the window), then 20 for 30 days, then 10 again for 10 days: 10 wins 60 to 30.
        var now = Start.AddDays(140);
        Assert.Equal(10m, PriceReferences.MostCommonPrice([At(0, 10m), At(100, 20m), At(130, 10m)], now));
        // Without the last stretch: 10 has 50 days in the window, 20 has 40; with 20 from day 60, 20 has 80 and 10 has 10.
        Assert.Equal(10m, PriceReferences.MostCommonPrice([At(0, 10m), At(100, 20m)], now));
        Assert.Equal(20m, PriceReferences.MostCommonPrice([At(0, 10m), At(60, 20m)], now));
    }
}
