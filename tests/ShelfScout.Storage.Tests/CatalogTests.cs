using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Tests;

public abstract class CatalogTests<TBackend> : StoreContract<TBackend>
    where TBackend : StoreBackend, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task EveryWrite_DoneTwice_LeavesTheSameRowCounts()
    {
        await using var harness = await CreateHarnessAsync();

        var first = await WriteEverythingAsync(harness);
        var countsAfterFirst = await harness.Store.CountAsync(first.RetailerId, None);
        var second = await WriteEverythingAsync(harness);
        var countsAfterSecond = await harness.Store.CountAsync(second.RetailerId, None);

        Assert.Equal(first, second);
        Assert.Equal(new CatalogCounts(Categories: 3, Products: 2, Reviews: 2, PriceObservations: 2, StockObservations: 2), countsAfterFirst);
        Assert.Equal(countsAfterFirst, countsAfterSecond);
        Assert.Single(await harness.Store.GetRetailersAsync(None));
        var exported = await harness.Store.ExportProductsAsync(null, None).ToListAsync();
        Assert.Equal(2, exported.Count);
        Assert.Equal(["Home > Kitchen", "Home > Kitchen > Kettles"], exported.Single(p => p.Name == "Kettle").Categories);
    }

    [Fact]
    public async Task CategoryTree_RoundTrips_WithParentsDepthsPathsAndLeaves()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();

        var root = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Home", "http://127.0.0.1/c/home", null, 0, "Home", false), None);
        var kitchen = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Kitchen", "http://127.0.0.1/c/kitchen", root.Id, 1, "Home > Kitchen", false), None);
        var kettles = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Kettles", "http://127.0.0.1/c/kettles", kitchen.Id, 2, "Home > Kitchen > Kettles", true), None);
        var garden = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Garden", "http://127.0.0.1/c/garden", null, 0, "Garden", true), None);

        var stored = await harness.Store.GetCategoriesAsync(retailer.Id, None);

        Assert.Equal([garden, root, kitchen, kettles], stored);
        Assert.Equal(kitchen.Id, stored.Single(c => c.Name == "Kettles").ParentId);
        Assert.Equal([true, false, false, true], stored.Select(c => c.IsLeaf));
        Assert.Empty(await harness.Store.GetCategoriesAsync(retailer.Id + 1, None));
    }

    [Fact]
    public async Task UpsertCategory_SameUrl_UpdatesInPlace()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        var before = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Kettles", "http://127.0.0.1/c/k", null, 0, "Kettles", true), None);

        var after = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Electric kettles", "http://127.0.0.1/c/k", null, 0, "Electric kettles", false), None);

        Assert.Equal(before.Id, after.Id);
        Assert.Equal(("Electric kettles", false), (after.Name, after.IsLeaf));
        Assert.Single(await harness.Store.GetCategoriesAsync(retailer.Id, None));
    }

    [Fact]
    public async Task RemoveProductAndCategory_TakeTheirHistoryAndLinksWithThem_AndLeaveTheRest()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        var parent = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Kitchen", "http://127.0.0.1/c/kitchen", null, 0, "Kitchen", false), None);
        var child = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Kettles", "http://127.0.0.1/c/kettles", parent.Id, 1, "Kitchen > Kettles", true), None);
        var landing = await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/c/summer", StoreHarness.Product("Summer"), StoreHarness.Start, None);
        var kettle = await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/kettle", StoreHarness.Product("Kettle"), StoreHarness.Start, None);
        foreach (var product in new[] { landing, kettle })
        {
            await harness.Store.LinkProductToCategoryAsync(product, child.Id, None);
            await harness.Store.LinkProductToCategoryAsync(product, parent.Id, None);
            await harness.Store.RecordPriceAsync(product, harness.Price(30m), None);
            await harness.Store.RecordStockAsync(product, harness.Stock(Availability.InStock), None);
            await harness.Store.AddReviewsAsync(product, [new ReviewData("Ann", 5m, null, "Fine.", null)], None);
        }

        await harness.Store.RemoveProductAsync(landing, None);
        await harness.Store.RemoveCategoryAsync(parent.Id, None);

        Assert.Equal(new CatalogCounts(Categories: 1, Products: 1, Reviews: 1, PriceObservations: 1, StockObservations: 1), await harness.Store.CountAsync(retailer.Id, None));
        Assert.Equal(["Kettle"], (await harness.Store.GetProductRefsAsync(retailer.Id, None)).Select(p => p.Name));
        var left = Assert.Single(await harness.Store.GetCategoriesAsync(retailer.Id, None));
        Assert.Equal(("Kettles", (long?)null), (left.Name, left.ParentId));
        Assert.Equal(["Kitchen > Kettles"], Assert.Single(await harness.Store.ExportProductsAsync(retailer.Id, None).ToListAsync()).Categories);
    }

    [Fact]
    public async Task UpsertProduct_SecondVisitWithMissingFields_KeepsEarlierValuesAndWidensSeenRange()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        var url = "http://127.0.0.1/p/kettle";
        var full = new ProductData { Name = "Kettle", Sku = "K-1", Brand = "Brewer", Gtin = "6001234567890", Images = ["http://127.0.0.1/i/1.jpg", "http://127.0.0.1/i/2.jpg"], Rating = 4.5m, ReviewCount = 12 };
        var id = await harness.Store.UpsertProductAsync(retailer.Id, url, full, StoreHarness.Start, None);

        var later = StoreHarness.Start.AddDays(3);
        var sameId = await harness.Store.UpsertProductAsync(retailer.Id, url, new ProductData { Name = "Kettle 1.7L", Brand = "  " }, later, None);

        Assert.Equal(id, sameId);
        var product = Assert.Single(await harness.Store.ExportProductsAsync(retailer.Id, None).ToListAsync());
        Assert.Equal("Kettle 1.7L", product.Name);
        Assert.Equal(("K-1", "Brewer", "6001234567890"), (product.Sku, product.Brand, product.Gtin));
        Assert.Equal(["http://127.0.0.1/i/1.jpg", "http://127.0.0.1/i/2.jpg"], product.Images);
        Assert.Equal((4.5m, 12), (product.Rating, product.ReviewCount));
        Assert.Equal((StoreHarness.Start, later), (product.FirstSeen, product.LastSeen));
    }

    [Fact]
    public async Task UpsertRetailer_SameNameAnyCase_ReturnsSameRetailerWithCreationTimeFromClock()
    {
        await using var harness = await CreateHarnessAsync();
        var first = await harness.Store.UpsertRetailerAsync("Acme", new Uri("http://127.0.0.1/a/"), None);
        harness.Time.Advance(TimeSpan.FromHours(1));

        var second = await harness.Store.UpsertRetailerAsync("ACME", new Uri("http://127.0.0.1/a/"), None);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(StoreHarness.Start, second.CreatedAt);
        Assert.Equal("http://127.0.0.1/a/", second.BaseUrl);
        Assert.Equal(second, await harness.Store.FindRetailerAsync(first.Id, None));
        Assert.Null(await harness.Store.FindRetailerAsync(first.Id + 1, None));
        Assert.Null(await harness.Store.FindRetailerByNameAsync("Other", None));
    }

    private static async Task<(long RetailerId, long Kettle, long Toaster, long Leaf)> WriteEverythingAsync(StoreHarness harness)
    {
        var retailer = await harness.AddRetailerAsync();
        var root = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Home", "http://127.0.0.1/c/home", null, 0, "Home", false), None);
        var kitchen = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Kitchen", "http://127.0.0.1/c/kitchen", root.Id, 1, "Home > Kitchen", false), None);
        var leaf = await harness.Store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Kettles", "http://127.0.0.1/c/kettles", kitchen.Id, 2, "Home > Kitchen > Kettles", true), None);
        var kettle = await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/kettle", StoreHarness.Product("Kettle", "K-1"), StoreHarness.Start, None);
        var toaster = await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/toaster", StoreHarness.Product("Toaster", "T-1"), StoreHarness.Start, None);
        foreach (var product in new[] { kettle, toaster })
        {
            await harness.Store.LinkProductToCategoryAsync(product, leaf.Id, None);
            await harness.Store.LinkProductToCategoryAsync(product, kitchen.Id, None);
            await harness.Store.RecordPriceAsync(product, harness.Price(499.00m, 599.00m), None);
            await harness.Store.RecordStockAsync(product, harness.Stock(Availability.InStock, 3), None);
        }

        await harness.Store.AddReviewsAsync(kettle, [new ReviewData("Ann", 5m, "Great", "Boils fast.", new DateOnly(2026, 2, 1)), new ReviewData("Bob", 2m, null, "Leaks.", null)], None);
        var run = await harness.Store.StartRunAsync(retailer.Id, StoreHarness.Start, "{}", null, None);
        await harness.Store.RecordStageResultAsync(run, new StageResult(Stage.Products, StageStatus.Succeeded, 2, 2, 0, 2, TimeSpan.FromSeconds(1)), None);
        return (retailer.Id, kettle, toaster, leaf.Id);
    }
}
