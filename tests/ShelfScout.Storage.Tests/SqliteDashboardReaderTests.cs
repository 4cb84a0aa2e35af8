using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Dashboard;
using ShelfScout.Storage.Records;
using ShelfScout.Storage.Sqlite;

namespace ShelfScout.Storage.Tests;

/// <summary>The dashboard reader contract on a real SQLite file, and the migration that fills its current-offer table.</summary>
public sealed class SqliteDashboardReaderTests : DashboardReaderContractTests
{
    protected override async Task<(IShelfStore Store, IDashboardReader Reader, IAsyncDisposable Cleanup)> CreateAsync()
    {
        var harness = await StoreHarness.CreateAsync();
        return (harness.Store, harness.Reader, harness);
    }

    [Fact]
    public async Task Migration_FillsCurrentOffers_FromHistoryStoredBeforeIt()
    {
        using var directory = new TempDirectory();
        var path = directory.File("old.db");
        var old = await SqliteShelfStore.OpenAsync(path, TimeProvider.System, targetVersion: 8, None);
        var retailer = await old.UpsertRetailerAsync("Acme", new Uri("http://127.0.0.1/acme/"), None);
        var id = await old.UpsertProductAsync(retailer.Id, "http://127.0.0.1/acme/p/tea", new ProductData { Name = "Tea" }, Day0, None);
        await old.RecordPriceAsync(id, new PriceObservation(10m, null, "GBP", Day0, "u"), None);
        await old.RecordPriceAsync(id, new PriceObservation(7m, 9m, "GBP", Day0.AddDays(2), "u"), None);
        await old.RecordStockAsync(id, new StockObservation(Availability.OutOfStock, 0, Day0, "u"), None);
        await old.DisposeAsync();

        await using var store = await SqliteShelfStore.OpenAsync(path, TimeProvider.System, None);
        var item = (await store.QueryProductsAsync(new ProductQuery { OnSale = true }, None)).Items.Single();

        Assert.Equal((7m, 9m, Availability.OutOfStock, Day0.AddDays(2)), (item.Price, item.RegularPrice, item.Availability, item.PriceChangedAt));
    }
}
