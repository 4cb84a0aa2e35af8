using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Tests;

/// <summary>Finding a product by URL or SKU and reading its price and stock timeline, on a real SQLite file.</summary>
public abstract class ProductHistoryTests<TBackend> : StoreContract<TBackend>
    where TBackend : StoreBackend, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task FindProducts_ByExactUrl_CanonicalSpelling_OrSkuIgnoringCase()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        var kettle = await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/kettle?colour=red", StoreHarness.Product("Kettle", "KET-1"), StoreHarness.Start, None);
        await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/toaster", StoreHarness.Product("Toaster", "TOA-1"), StoreHarness.Start, None);

        var exact = await harness.Store.FindProductsAsync("http://127.0.0.1/p/kettle?colour=red", null, None);
        var tracked = await harness.Store.FindProductsAsync("HTTP://127.0.0.1:80/p//kettle?utm_source=mail&colour=red#reviews", null, None);
        var bySku = await harness.Store.FindProductsAsync(" ket-1 ", null, None);
        var none = await harness.Store.FindProductsAsync("http://127.0.0.1/p/kettle", null, None);

        Assert.Equal(kettle, Assert.Single(exact).Id);
        Assert.Equal(kettle, Assert.Single(tracked).Id);
        var found = Assert.Single(bySku);
        Assert.Equal((kettle, retailer.Id, "Acme", "Kettle", "KET-1"), (found.Id, found.RetailerId, found.RetailerName, found.Name, found.Sku));
        Assert.Empty(none);
    }

    [Fact]
    public async Task FindProducts_SameSkuAtTwoRetailers_ListsBoth_RetailerNarrowsToOne()
    {
        await using var harness = await CreateHarnessAsync();
        var acme = await harness.AddRetailerAsync("Acme");
        var bolt = await harness.AddRetailerAsync("Bolt");
        await harness.Store.UpsertProductAsync(bolt.Id, "http://127.0.0.1/bolt/kettle", StoreHarness.Product("Kettle", "KET-1"), StoreHarness.Start, None);
        var atAcme = await harness.Store.UpsertProductAsync(acme.Id, "http://127.0.0.1/acme/kettle", StoreHarness.Product("Kettle", "KET-1"), StoreHarness.Start, None);

        var both = await harness.Store.FindProductsAsync("KET-1", null, None);
        var one = await harness.Store.FindProductsAsync("KET-1", acme.Id, None);

        Assert.Equal(["Acme", "Bolt"], both.Select(m => m.RetailerName));
        Assert.Equal(atAcme, Assert.Single(one).Id);
    }

    [Fact]
    public async Task GetProductHistory_ReturnsEveryChange_OldestFirst()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        var productId = await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/kettle", StoreHarness.Product("Kettle", "KET-1"), StoreHarness.Start, None);
        await harness.Store.RecordPriceAsync(productId, harness.Price(10m, 12m), None);
        await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.InStock, 5), None);
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.Store.RecordPriceAsync(productId, harness.Price(10m, 12m), None);
        await harness.Store.RecordPriceAsync(productId, harness.Price(8.5m, 12m), None);
        await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.OutOfStock), None);

        var history = await harness.Store.GetProductHistoryAsync(productId, None);

        Assert.NotNull(history);
        Assert.Equal("Kettle", history.Product.Name);
        Assert.Equal(
            [new PricePoint(StoreHarness.Start, 10m, 12m, "ZAR"), new PricePoint(StoreHarness.Start.AddDays(1), 8.5m, 12m, "ZAR")],
            history.Prices);
        Assert.Equal(
            [new StockPoint(StoreHarness.Start, Availability.InStock, 5), new StockPoint(StoreHarness.Start.AddDays(1), Availability.OutOfStock, null)],
            history.Stock);
    }

    [Fact]
    public async Task GetProductHistory_UnknownId_IsNull_ProductWithoutObservations_HasEmptyLists()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        var productId = await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/kettle", StoreHarness.Product("Kettle"), StoreHarness.Start, None);

        var unknown = await harness.Store.GetProductHistoryAsync(productId + 100, None);
        var empty = await harness.Store.GetProductHistoryAsync(productId, None);

        Assert.Null(unknown);
        Assert.Empty(empty!.Prices);
        Assert.Empty(empty.Stock);
    }
}
