using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Records;
using ShelfScout.Storage.Sqlite;

namespace ShelfScout.Cli.Tests;

/// <summary>
/// A real SQLite file filled through the real store: two retailers selling SKU KET-1, a kettle whose price dropped
/// and stock ran out (alerts raised by the store itself), plus new and delisted alerts raised by key.
/// </summary>
internal static class AlertDatabase
{
    public static readonly DateTimeOffset Day1 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public const string KettleUrl = "http://127.0.0.1/acme/p/kettle";
    public const string BoltKettleUrl = "http://127.0.0.1/bolt/p/kettle";

    public static async Task CreateAsync(string path, int extraPriceChanges = 0)
    {
        var none = CancellationToken.None;
        await using var store = await SqliteShelfStore.OpenAsync(path, TimeProvider.System, none);
        var acme = await store.UpsertRetailerAsync("Acme", new Uri("http://127.0.0.1/acme/"), none);
        var bolt = await store.UpsertRetailerAsync("Bolt", new Uri("http://127.0.0.1/bolt/"), none);
        var kettle = await store.UpsertProductAsync(acme.Id, KettleUrl, new ProductData { Name = "Kettle", Sku = "KET-1" }, Day1, none);
        var toaster = await store.UpsertProductAsync(acme.Id, "http://127.0.0.1/acme/p/toaster", new ProductData { Name = "Toaster", Sku = "TOA-1" }, Day1, none);
        var boltKettle = await store.UpsertProductAsync(bolt.Id, BoltKettleUrl, new ProductData { Name = "Kettle", Sku = "KET-1" }, Day1, none);

        await store.RecordPriceAsync(kettle, Price(10m, 12m, Day1), none);
        await store.RecordStockAsync(kettle, Stock(Availability.InStock, 5, Day1), none);
        await store.RecordPriceAsync(toaster, Price(30m, null, Day1), none);
        await store.RecordPriceAsync(boltKettle, Price(11m, null, Day1), none);

        // Day 2: the kettle drops to 8.50 (price-drop); day 3 it sells out (out-of-stock); day 4 the toaster rises.
        await store.RecordPriceAsync(kettle, Price(8.5m, 12m, Day1.AddDays(1)), none);
        await store.RecordStockAsync(kettle, Stock(Availability.OutOfStock, null, Day1.AddDays(2)), none);
        await store.RecordPriceAsync(toaster, Price(33m, null, Day1.AddDays(3)), none);
        await store.RaiseAlertAsync(
            new PriceAlert(PriceAlertKind.NewProduct, boltKettle, BoltKettleUrl, "Kettle", null, 11m, "ZAR", null, Availability.InStock),
            $"new:{boltKettle}",
            null,
            Day1.AddDays(4),
            none);
        await store.RaiseAlertAsync(
            new PriceAlert(PriceAlertKind.Delisted, toaster, "http://127.0.0.1/acme/p/toaster", "Toaster", 33m, null, "ZAR", Availability.InStock, Availability.Discontinued),
            $"delisted:{toaster}",
            null,
            Day1.AddDays(5),
            none);

        // Further price moves of the Bolt kettle, one a day after day 6, alternating rise and drop.
        for (var i = 0; i < extraPriceChanges; i++)
        {
            await store.RecordPriceAsync(boltKettle, Price(i % 2 == 0 ? 12m : 11m, null, Day1.AddDays(6 + i)), none);
        }
    }

    private static PriceObservation Price(decimal price, decimal? regular, DateTimeOffset at) => new(price, regular, "ZAR", at, "http://127.0.0.1/");

    private static StockObservation Stock(Availability availability, int? quantity, DateTimeOffset at) => new(availability, quantity, at, "http://127.0.0.1/");
}
