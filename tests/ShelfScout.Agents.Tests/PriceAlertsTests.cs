using ShelfScout.Agents.Prices;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Tests;

public sealed class PriceAlertsTests
{
    private static readonly ProductRef Product = new(1, "https://shop.example/p/1", "Tea", 10m, "GBP", Availability.OutOfStock, null);

    [Fact]
    public void From_LowerPrice_IsPriceDrop()
    {
        var alerts = PriceAlerts.From(Product, new PriceChange(1, 10m, 8.5m, "GBP"), null).ToList();

        var alert = Assert.Single(alerts);
        Assert.Equal(PriceAlertKind.PriceDrop, alert.Kind);
        Assert.Equal(10m, alert.OldPrice);
        Assert.Equal(8.5m, alert.NewPrice);
    }

    [Fact]
    public void From_HigherPrice_IsPriceRise() =>
        Assert.Equal(PriceAlertKind.PriceRise, Assert.Single(PriceAlerts.From(Product, new PriceChange(1, 10m, 12m, "GBP"), null)).Kind);

    [Fact]
    public void From_OutOfStockToInStock_IsBackInStock() =>
        Assert.Equal(
            PriceAlertKind.BackInStock,
            Assert.Single(PriceAlerts.From(Product, null, new StockChange(1, Availability.OutOfStock, Availability.InStock, null))).Kind);

    [Fact]
    public void From_FirstObservation_RaisesNothing()
    {
        Assert.Empty(PriceAlerts.From(Product, new PriceChange(1, null, 12m, "GBP"), new StockChange(1, null, Availability.InStock, null)));
    }

    [Fact]
    public void From_QuantityChangeWhileInStock_RaisesNothing()
    {
        Assert.Empty(PriceAlerts.From(Product, null, new StockChange(1, Availability.LimitedAvailability, Availability.InStock, null)));
    }
}
