using ShelfScout.Domain.Alerts;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;

namespace ShelfScout.Notifications.Tests;

public sealed class NotificationRulesTests
{
    private static PriceAlert Price(decimal? oldPrice, decimal? newPrice, string? sku = "SKU-1", string url = "http://127.0.0.1/p/1") =>
        new(newPrice < oldPrice ? PriceAlertKind.PriceDrop : PriceAlertKind.PriceRise, 1, url, "Tea", oldPrice, newPrice, "GBP", Availability.InStock, Availability.InStock) { Sku = sku };

    private static PriceAlert Stock(PriceAlertKind kind, decimal? price = 99m) =>
        new(kind, 1, "http://127.0.0.1/p/1", "Tea", price, price, "GBP", Availability.OutOfStock, Availability.InStock);

    [Fact]
    public void All_MatchesEveryKind()
    {
        foreach (var kind in Enum.GetValues<PriceAlertKind>())
        {
            Assert.True(NotificationRules.All.Matches(Stock(kind)));
        }
    }

    [Fact]
    public void Kinds_KeepOnlyThoseKinds()
    {
        var rules = new NotificationRules { Kinds = [PriceAlertKind.BackInStock, PriceAlertKind.PriceDrop] };

        Assert.True(rules.Matches(Stock(PriceAlertKind.BackInStock)));
        Assert.True(rules.Matches(Price(10m, 9m)));
        Assert.False(rules.Matches(Price(10m, 11m)));
        Assert.False(rules.Matches(Stock(PriceAlertKind.Delisted)));
    }

    [Theory]
    [InlineData(10, 9.5, false)]  // -5 % is below 10 %
    [InlineData(10, 9, true)]     // -10 % is at it
    [InlineData(10, 12, true)]    // +20 %: the minimum is absolute
    [InlineData(10, 10.5, false)]
    public void MinPercentChange_AppliesToDropsAndRises_InAbsoluteTerms(double oldPrice, double newPrice, bool expected)
    {
        var rules = new NotificationRules { MinPercentChange = 10m };

        Assert.Equal(expected, rules.Matches(Price((decimal)oldPrice, (decimal)newPrice)));
    }

    [Fact]
    public void MinPercentChange_DoesNotHoldBackStockAlerts_OrPriceAlertsWithoutAnOldPrice()
    {
        var rules = new NotificationRules { MinPercentChange = 10m };

        Assert.True(rules.Matches(Stock(PriceAlertKind.BackInStock)));
        Assert.True(rules.Matches(Price(null, 9m)));
    }

    [Fact]
    public void PriceAtOrBelow_SendsOnlyPricesAtOrUnderTheThreshold()
    {
        var rules = new NotificationRules { PriceAtOrBelow = 9m };

        Assert.True(rules.Matches(Price(10m, 9m)));
        Assert.True(rules.Matches(Price(10m, 8m)));
        Assert.False(rules.Matches(Price(12m, 9.01m)));
        Assert.True(rules.Matches(Stock(PriceAlertKind.BackInStock)));
    }

    [Fact]
    public void ProductThreshold_OverridesTheGeneralOne_BySkuThenUrl()
    {
        var rules = new NotificationRules
        {
            PriceAtOrBelow = 5m,
            ProductPriceAtOrBelow = new Dictionary<string, decimal> { ["SKU-1"] = 9m, ["http://127.0.0.1/p/2"] = 20m },
        };

        Assert.True(rules.Matches(Price(10m, 9m)));
        Assert.False(rules.Matches(Price(10m, 9m, sku: "SKU-3")));
        Assert.True(rules.Matches(Price(30m, 19m, sku: null, url: "http://127.0.0.1/p/2")));
    }

    [Fact]
    public void AllRules_AreAnded()
    {
        var rules = new NotificationRules { Kinds = [PriceAlertKind.PriceDrop], MinPercentChange = 20m, PriceAtOrBelow = 50m };

        Assert.True(rules.Matches(Price(100m, 50m)));
        Assert.False(rules.Matches(Price(100m, 85m)));
        Assert.False(rules.Matches(Price(100m, 60m)));
    }
}
