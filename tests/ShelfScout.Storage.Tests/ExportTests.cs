using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Tests;

public abstract class ExportTests<TBackend> : StoreContract<TBackend>
    where TBackend : StoreBackend, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ExportProducts_CarriesLatestOfferSortedCategoryPathsAndImages()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync("Acme");
        var sale = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Sale", "http://127.0.0.1/c/sale", null, 0, "Sale", true), None);
        var kitchen = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Kitchen", "http://127.0.0.1/c/kitchen", null, 0, "Kitchen", false), None);
        var kettles = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Kettles", "http://127.0.0.1/c/kettles", kitchen.Id, 1, "Kitchen > Kettles", true), None);
        var product = new ProductData { Name = "Kettle", Sku = "K-1", Mpn = "MPN-9", Description = "1.7 litre", Images = ["http://127.0.0.1/i/b.jpg", "http://127.0.0.1/i/a.jpg"] };
        var id = await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/kettle", product, StoreHarness.Start, None);
        await harness.Store.LinkProductToCategoryAsync(id, sale.Id, None);
        await harness.Store.LinkProductToCategoryAsync(id, kettles.Id, None);
        await harness.Store.RecordPriceAsync(id, harness.Price(499m, 599m), None);
        await harness.Store.RecordStockAsync(id, harness.Stock(Availability.InStock, 4), None);
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.Store.RecordPriceAsync(id, harness.Price(449m, 599m), None);
        await harness.Store.RecordStockAsync(id, harness.Stock(Availability.LimitedAvailability, 1), None);

        var exported = Assert.Single(await harness.Store.ExportProductsAsync(retailer.Id, None).ToListAsync());

        Assert.Equal(("Acme", "http://127.0.0.1/p/kettle", "K-1", "MPN-9", "1.7 litre"), (exported.Retailer, exported.Url, exported.Sku, exported.Mpn, exported.Description));
        Assert.Equal((449m, 599m, "ZAR"), (exported.Price, exported.RegularPrice, exported.Currency));
        Assert.Equal(("LimitedAvailability", 1), (exported.Availability, exported.StockQuantity));
        Assert.Equal(["Kitchen > Kettles", "Sale"], exported.Categories);
        Assert.Equal(["http://127.0.0.1/i/b.jpg", "http://127.0.0.1/i/a.jpg"], exported.Images);
    }

    [Fact]
    public async Task Exports_FilterByRetailer_OrIncludeAllWhenNull()
    {
        await using var harness = await CreateHarnessAsync();
        var acme = await harness.AddRetailerAsync("Acme");
        var bolt = await harness.AddRetailerAsync("Bolt");
        foreach (var (retailer, count) in new[] { (acme, 3), (bolt, 2) })
        {
            for (var i = 0; i < count; i++)
            {
                var id = await harness.Store.UpsertProductAsync(retailer.Id, $"http://127.0.0.1/{retailer.Name}/p/{i}", StoreHarness.Product($"{retailer.Name} {i}"), StoreHarness.Start, None);
                await harness.Store.RecordPriceAsync(id, harness.Price(10m + i), None);
                await harness.Store.RecordStockAsync(id, harness.Stock(Availability.InStock), None);
                await harness.Store.AddReviewsAsync(id, [new ReviewData("A", 5m, null, $"Review {i}", null)], None);
            }
        }

        var all = await harness.Store.ExportProductsAsync(null, None).ToListAsync();
        var boltOnly = await harness.Store.ExportProductsAsync(bolt.Id, None).ToListAsync();
        var boltHistory = await harness.Store.ExportPriceHistoryAsync(bolt.Id, None).ToListAsync();
        var allReviews = await harness.Store.ExportReviewsAsync(null, None).ToListAsync();

        Assert.Equal(5, all.Count);
        Assert.Equal(["Bolt 0", "Bolt 1"], boltOnly.Select(p => p.Name));
        Assert.Equal(4, boltHistory.Count);
        Assert.All(boltHistory, h => Assert.Equal("Bolt", h.Retailer));
        Assert.Equal(["price", "stock", "price", "stock"], boltHistory.Select(h => h.Kind));
        Assert.Equal(5, allReviews.Count);
        Assert.Equal(3, allReviews.Count(r => r.Retailer == "Acme"));
    }

    [Fact]
    public async Task ExportProducts_CanStopEarly_AndStoreStaysWritable()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        for (var i = 0; i < 50; i++)
        {
            await harness.Store.UpsertProductAsync(retailer.Id, $"http://127.0.0.1/p/{i}", StoreHarness.Product($"P{i}"), StoreHarness.Start, None);
        }

        var seen = 0;
        await foreach (var product in harness.Store.ExportProductsAsync(retailer.Id, None))
        {
            // Writing while a read cursor is open must not deadlock or fail under WAL.
            await harness.Store.UpsertProductAsync(retailer.Id, $"http://127.0.0.1/extra/{seen}", StoreHarness.Product("Extra"), StoreHarness.Start, None);
            if (++seen == 5)
            {
                break;
            }
        }

        Assert.Equal(5, seen);
        Assert.Equal(55, (await harness.Store.CountAsync(retailer.Id, None)).Products);
    }
}
