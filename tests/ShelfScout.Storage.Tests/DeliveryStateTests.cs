using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Alerts;

namespace ShelfScout.Storage.Tests;

/// <summary>Delivery state (migration 0005): a cursor per target and retailer, a state per target and alert.</summary>
public abstract class DeliveryStateTests<TBackend> : StoreContract<TBackend>
    where TBackend : StoreBackend, new()
{
    private const string Target = "http://127.0.0.1:9/hook";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task OpenCursor_StartsBelowTheLatestRunsAlerts_AndKeepsItAfterwards()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = (await harness.AddRetailerAsync()).Id;
        var product = await harness.Store.UpsertProductAsync(retailer, "http://127.0.0.1/acme/p/1", StoreHarness.Product("Kettle"), harness.Time.GetUtcNow(), None);
        var run1 = await harness.Store.StartRunAsync(retailer, harness.Time.GetUtcNow(), "{}", null, None);
        await harness.Store.RecordPriceAsync(product, harness.Price(10m) with { RunId = run1 }, None);
        var old = await harness.Store.RecordPriceAsync(product, harness.Price(9m) with { RunId = run1 }, None);
        var run2 = await harness.Store.StartRunAsync(retailer, harness.Time.GetUtcNow(), "{}", null, None);
        var current = await harness.Store.RecordPriceAsync(product, harness.Price(8m) with { RunId = run2 }, None);

        var cursor = await harness.Store.OpenDeliveryCursorAsync(Target, retailer, harness.Time.GetUtcNow(), None);
        await harness.Store.RecordPriceAsync(product, harness.Price(7m) with { RunId = run2 }, None);
        var again = await harness.Store.OpenDeliveryCursorAsync(Target, retailer, harness.Time.GetUtcNow(), None);
        await harness.Store.AdvanceDeliveryCursorAsync(Target, retailer, current!.Alert!.Id, None);
        await harness.Store.AdvanceDeliveryCursorAsync(Target, retailer, 0, None);
        await harness.ReopenAsync();
        var advanced = await harness.Store.OpenDeliveryCursorAsync(Target, retailer, harness.Time.GetUtcNow(), None);

        Assert.Equal(current.Alert.Id - 1, cursor);
        Assert.Equal(old!.Alert!.Id, cursor);
        Assert.Equal(cursor, again);
        Assert.Equal(current.Alert.Id, advanced);
    }

    [Fact]
    public async Task RecordDeliveries_AddsAttempts_AndADeliveredAlertNeverGoesBack()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = (await harness.AddRetailerAsync()).Id;
        var product = await harness.Store.UpsertProductAsync(retailer, "http://127.0.0.1/acme/p/1", StoreHarness.Product("Kettle"), harness.Time.GetUtcNow(), None);
        await harness.Store.RecordStockAsync(product, harness.Stock(Availability.InStock), None);
        var alert = (await harness.Store.RecordStockAsync(product, harness.Stock(Availability.OutOfStock), None))!.Alert!.Id;

        await harness.Store.RecordDeliveriesAsync(Target, [alert], AlertDeliveryStatus.Pending, 2, "HTTP 503", harness.Time.GetUtcNow(), None);
        var pending = Assert.Single(await harness.Store.GetDeliveriesAsync(Target, 0, None));
        await harness.Store.RecordDeliveriesAsync(Target, [alert], AlertDeliveryStatus.Delivered, 1, null, harness.Time.GetUtcNow(), None);
        await harness.Store.RecordDeliveriesAsync(Target, [alert], AlertDeliveryStatus.Pending, 0, null, harness.Time.GetUtcNow(), None);
        var delivered = Assert.Single(await harness.Store.GetDeliveriesAsync(Target, 0, None));

        Assert.Equal((AlertDeliveryStatus.Pending, 2, "HTTP 503", (DateTimeOffset?)null), (pending.Status, pending.Attempts, pending.LastError, pending.DeliveredAt));
        Assert.Equal((AlertDeliveryStatus.Delivered, 3, (string?)null, (DateTimeOffset?)harness.Time.GetUtcNow()), (delivered.Status, delivered.Attempts, delivered.LastError, delivered.DeliveredAt));
        Assert.Empty(await harness.Store.GetDeliveriesAsync("http://127.0.0.1:9/other", 0, None));
        Assert.Empty(await harness.Store.GetDeliveriesAsync(Target, alert, None));
    }
}
