using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Alerts;

namespace ShelfScout.Storage.Tests;

public abstract class AlertTests<TBackend> : StoreContract<TBackend>
    where TBackend : StoreBackend, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RecordPrice_Drop_RaisesOneStoredAlert_NamingTheRun()
    {
        await using var harness = await CreateHarnessAsync();
        var (retailer, productId) = await AddProductAsync(harness);
        var run = await harness.Store.StartRunAsync(retailer, harness.Time.GetUtcNow(), "{}", null, None);
        await harness.Store.RecordPriceAsync(productId, harness.Price(10m) with { RunId = run }, None);
        harness.Time.Advance(TimeSpan.FromDays(1));

        var change = await harness.Store.RecordPriceAsync(productId, harness.Price(8.5m) with { RunId = run }, None);
        var again = await harness.Store.RecordPriceAsync(productId, harness.Price(8.5m) with { RunId = run }, None);

        Assert.NotNull(change?.Alert);
        Assert.Null(again);
        var stored = Assert.Single(await harness.Store.GetAlertsAsync(new AlertQuery { RunId = run }, None));
        Assert.Equal(PriceAlertKind.PriceDrop, stored.Kind);
        Assert.Equal((10m, 8.5m, "ZAR"), (stored.OldPrice, stored.NewPrice, stored.Currency));
        Assert.Equal(-15m, stored.PercentChange);
        Assert.Equal(("Kettle", "Acme", harness.Time.GetUtcNow()), (stored.Name, stored.RetailerName, stored.RaisedAt));
        Assert.Equal(change!.Alert!.Id, stored.Id);
    }

    [Fact]
    public async Task FirstObservation_AndListPriceOnlyChange_RaiseNothing()
    {
        await using var harness = await CreateHarnessAsync();
        var (_, productId) = await AddProductAsync(harness);

        await harness.Store.RecordPriceAsync(productId, harness.Price(10m, 12m), None);
        await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.InStock), None);
        var listOnly = await harness.Store.RecordPriceAsync(productId, harness.Price(10m), None);
        var quantityOnly = await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.InStock, 4), None);

        Assert.NotNull(listOnly);
        Assert.Null(listOnly!.Alert);
        Assert.Null(quantityOnly!.Alert);
        Assert.Equal(0, await harness.Store.CountAlertsAsync(new AlertQuery(), None));
    }

    [Fact]
    public async Task StockChanges_RaiseBackInStockAndOutOfStock_WithTheCurrentPrice()
    {
        await using var harness = await CreateHarnessAsync();
        var (_, productId) = await AddProductAsync(harness);
        await harness.Store.RecordPriceAsync(productId, harness.Price(20m), None);
        await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.OutOfStock), None);

        await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.InStock), None);
        await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.Unknown), None);
        await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.OutOfStock), None);
        await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.InStock), None);
        await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.OutOfStock), None);

        var alerts = await harness.Store.GetAlertsAsync(new AlertQuery(), None);
        Assert.Equal([PriceAlertKind.BackInStock, PriceAlertKind.BackInStock, PriceAlertKind.WentOutOfStock], alerts.Select(a => a.Kind));
        Assert.All(alerts, a => Assert.Equal(20m, a.NewPrice));
        Assert.Equal((Availability.OutOfStock, Availability.InStock), (alerts[0].OldAvailability, alerts[0].NewAvailability));
    }

    [Fact]
    public async Task RaiseAlert_SameKeyTwice_StoresOne_AndQueriesFilter()
    {
        await using var harness = await CreateHarnessAsync();
        var (retailer, productId) = await AddProductAsync(harness);
        var alert = new PriceAlert(PriceAlertKind.NewProduct, productId, "http://127.0.0.1/p/kettle", "Kettle", null, 10m, "ZAR", null, Availability.InStock);

        var first = await harness.Store.RaiseAlertAsync(alert, $"new:{productId}", null, harness.Time.GetUtcNow(), None);
        var second = await harness.Store.RaiseAlertAsync(alert, $"new:{productId}", null, harness.Time.GetUtcNow(), None);
        harness.Time.Advance(TimeSpan.FromHours(2));
        await harness.Store.RecordPriceAsync(productId, harness.Price(10m), None);
        await harness.Store.RecordPriceAsync(productId, harness.Price(11m), None);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(2, await harness.Store.CountAlertsAsync(new AlertQuery { RetailerId = retailer }, None));
        Assert.Equal(PriceAlertKind.PriceRise, Assert.Single(await harness.Store.GetAlertsAsync(new AlertQuery { Since = harness.Time.GetUtcNow() }, None)).Kind);
        Assert.Equal(PriceAlertKind.NewProduct, Assert.Single(await harness.Store.GetAlertsAsync(new AlertQuery { Kinds = [PriceAlertKind.NewProduct, PriceAlertKind.Delisted] }, None)).Kind);
        Assert.Equal(PriceAlertKind.PriceRise, Assert.Single(await harness.Store.GetAlertsAsync(new AlertQuery { AfterId = first!.Id }, None)).Kind);
        Assert.Empty(await harness.Store.GetAlertsAsync(new AlertQuery { RetailerId = retailer + 1 }, None));
    }

    private static async Task<(long Retailer, long Product)> AddProductAsync(StoreHarness harness)
    {
        var retailer = await harness.AddRetailerAsync();
        var product = await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/kettle", StoreHarness.Product("Kettle"), StoreHarness.Start, None);
        return (retailer.Id, product);
    }
}
