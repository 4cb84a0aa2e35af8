using Npgsql;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Alerts;
using ShelfScout.Storage.Postgres.Alerts;

namespace ShelfScout.Storage.Tests;

/// <summary>
/// Alert delivery on PostgreSQL with concurrent writers: ids are drawn in one order and committed in another, and an
/// alert whose transaction commits after a higher id was delivered is delivered later, never skipped.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDeliveryOrderTests
{
    private const string Target = "http://127.0.0.1:9/hook";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AlertCommittedAfterAHigherIdWasDelivered_IsDeliveredNextTime_NotSkipped()
    {
        await using var harness = await StoreHarness.CreateAsync(new PostgresBackend());
        var store = harness.Store;
        var retailer = (await harness.AddRetailerAsync()).Id;
        var kettle = await store.UpsertProductAsync(retailer, "http://127.0.0.1/acme/p/kettle", StoreHarness.Product("Kettle"), StoreHarness.Start, None);
        var toaster = await store.UpsertProductAsync(retailer, "http://127.0.0.1/acme/p/toaster", StoreHarness.Product("Toaster"), StoreHarness.Start, None);
        await store.RecordPriceAsync(kettle, harness.Price(10m), None);
        await store.OpenDeliveryCursorAsync(Target, retailer, harness.Time.GetUtcNow(), None);

        // Another process's transaction draws the lower alert id and stays open...
        await using var other = new NpgsqlConnection(harness.DatabasePath);
        await other.OpenAsync();
        var open = await other.BeginTransactionAsync();
        var held = await AlertQueries.InsertAsync(
            other,
            open,
            new PriceAlert(PriceAlertKind.NewProduct, toaster, "http://127.0.0.1/acme/p/toaster", "Toaster", null, 20m, "ZAR", null, Availability.InStock),
            "new:toaster",
            null,
            harness.Time.GetUtcNow(),
            None);

        // ...while this one commits a higher id, which is delivered.
        var drop = (await store.RecordPriceAsync(kettle, harness.Price(8m), None))!.Alert!;
        var first = await DeliverAsync(store, retailer);

        await open.CommitAsync();
        var second = await DeliverAsync(store, retailer);
        var third = await DeliverAsync(store, retailer);

        Assert.True(held!.Id < drop.Id);
        Assert.Equal([drop.Id], first);
        Assert.Equal([held.Id], second);
        Assert.Empty(third);
    }

    [Fact]
    public async Task Cursor_MovesPastAlerts_OnceNoEarlierTransactionIsOpen()
    {
        await using var harness = await StoreHarness.CreateAsync(new PostgresBackend());
        var store = harness.Store;
        var retailer = (await harness.AddRetailerAsync()).Id;
        var kettle = await store.UpsertProductAsync(retailer, "http://127.0.0.1/acme/p/kettle", StoreHarness.Product("Kettle"), StoreHarness.Start, None);
        await store.RecordPriceAsync(kettle, harness.Price(10m), None);
        var before = await store.OpenDeliveryCursorAsync(Target, retailer, harness.Time.GetUtcNow(), None);
        var drop = (await store.RecordPriceAsync(kettle, harness.Price(8m), None))!.Alert!;

        await store.AdvanceDeliveryCursorAsync(Target, retailer, drop.Id, None);

        Assert.Equal(0, before);
        Assert.Equal(drop.Id, await store.OpenDeliveryCursorAsync(Target, retailer, harness.Time.GetUtcNow(), None));
    }

    /// <summary>One delivery round as <c>AlertNotifier.DeliverPendingAsync</c> makes it: read above the cursor, skip what the ledger says was delivered, send, record, advance.</summary>
    private static async Task<List<long>> DeliverAsync(IShelfStore store, long retailer)
    {
        var cursor = await store.OpenDeliveryCursorAsync(Target, retailer, StoreHarness.Start, None);
        var alerts = await store.GetAlertsAsync(new AlertQuery { RetailerId = retailer, AfterId = cursor }, None);
        var states = (await store.GetDeliveriesAsync(Target, cursor, None)).ToDictionary(d => d.AlertId, d => d.Status);
        var due = alerts.Where(a => !states.TryGetValue(a.Id, out var status) || status == AlertDeliveryStatus.Pending).Select(a => a.Id).ToList();
        if (due.Count > 0)
        {
            await store.RecordDeliveriesAsync(Target, due, AlertDeliveryStatus.Delivered, 1, null, StoreHarness.Start, None);
        }

        if (alerts.Count > 0)
        {
            await store.AdvanceDeliveryCursorAsync(Target, retailer, alerts[^1].Id, None);
        }

        return due;
    }
}
