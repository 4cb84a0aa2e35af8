using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Tests;

public abstract class VariantExportTests<TBackend> : StoreContract<TBackend>
    where TBackend : StoreBackend, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static ProductVariant Variant(string sku, decimal? price, Availability availability = Availability.InStock, params string[] options) =>
        new() { Sku = sku, Gtin = "600" + sku.Length, Name = string.Join(" / ", options), Price = price, Currency = "zar", Availability = availability, Options = options };

    private static async Task<long> AddKettleAsync(StoreHarness harness, long retailerId, string url = "http://127.0.0.1/p/kettle")
    {
        var id = await harness.Store.UpsertProductAsync(retailerId, url, StoreHarness.Product("Kettle", "K-1"), StoreHarness.Start, None);
        await harness.Store.RecordPriceAsync(id, harness.Price(15m), None);
        await harness.Store.RecordStockAsync(id, harness.Stock(Availability.InStock), None);
        return id;
    }

    [Fact]
    public async Task ExportProducts_NestsVariantsWithTheirLatestOffer_InOrderFirstSeen()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        var kettle = await AddKettleAsync(harness, retailer.Id);
        var plain = await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/plain", StoreHarness.Product("Plain"), StoreHarness.Start, None);
        await harness.Store.RecordVariantOffersAsync(
            kettle, [Variant("K-S", 10m, Availability.InStock, "Blue", "S"), Variant("K-L", 12m, Availability.InStock, "Blue", "L")], harness.Time.GetUtcNow(), null, null, None);
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.Store.RecordVariantOffersAsync(
            kettle, [Variant("K-S", 10m, Availability.InStock, "Blue", "S"), Variant("K-L", 11m, Availability.OutOfStock, "Blue", "L")], harness.Time.GetUtcNow(), null, null, None);

        var products = await harness.Store.ExportProductsAsync(retailer.Id, None).ToListAsync();

        var exported = products.Single(p => p.Id == kettle);
        Assert.Empty(products.Single(p => p.Id == plain).Variants);
        Assert.Equal(15m, exported.Price);
        Assert.Equal(["sku:K-S", "sku:K-L"], exported.Variants.Select(v => v.Key));
        var large = exported.Variants[1];
        Assert.Equal(("K-L", "6003", "Blue / L"), (large.Sku, large.Gtin, large.Name));
        Assert.Equal(["Blue", "L"], large.Options);
        Assert.Equal((11m, "ZAR", "OutOfStock"), (large.Price, large.Currency, large.Availability));
        Assert.Equal((10m, "InStock"), (exported.Variants[0].Price, exported.Variants[0].Availability));
        Assert.Equal("http://127.0.0.1/p/kettle", large.ProductUrl);
        Assert.Equal(StoreHarness.Start.AddDays(1), large.LastSeen);
    }

    [Fact]
    public async Task VariantListPriceAndStockCount_AreKept_AndACountChangeAloneAddsAStockRowButNoAlert()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        var kettle = await AddKettleAsync(harness, retailer.Id);
        await harness.Store.RecordVariantOffersAsync(
            kettle, [Variant("K-S", 10m) with { RegularPrice = 14m, StockQuantity = 22 }, Variant("K-L", 12m) with { RegularPrice = 12m }], harness.Time.GetUtcNow(), null, null, None);
        harness.Time.Advance(TimeSpan.FromDays(1));
        var second = await harness.Store.RecordVariantOffersAsync(
            kettle, [Variant("K-S", 10m) with { RegularPrice = 14m, StockQuantity = 21 }, Variant("K-L", 12m) with { RegularPrice = 12m }], harness.Time.GetUtcNow(), null, null, None);

        var variants = await harness.Store.ExportVariantsAsync(retailer.Id, None).ToListAsync();
        var history = await harness.Store.ExportPriceHistoryAsync(retailer.Id, None).ToListAsync();

        Assert.Equal((14m, 21), (variants[0].RegularPrice, variants[0].StockQuantity));
        // A list price not above the price is no list price; a variant that states no count has none.
        Assert.Equal(((decimal?)null, (int?)null), (variants[1].RegularPrice, variants[1].StockQuantity));
        Assert.Equal((0, 1), (second.PriceChanges, second.StockChanges));
        Assert.Empty(second.Alerts);
        Assert.Equal([22, 21], history.Where(h => h.Kind == "stock" && h.VariantSku == "K-S").Select(h => h.StockQuantity));
        Assert.Equal(14m, history.Single(h => h.Kind == "price" && h.VariantSku == "K-S").RegularPrice);
        var nested = (await harness.Store.ExportProductsAsync(retailer.Id, None).ToListAsync()).Single(p => p.Id == kettle).Variants[0];
        Assert.Equal((14m, 21), (nested.RegularPrice, nested.StockQuantity));
    }

    [Fact]
    public async Task ExportVariants_OneRowPerVariant_WithProductUrlAndLatestOffer_FilteredByRetailer()
    {
        await using var harness = await CreateHarnessAsync();
        var acme = await harness.AddRetailerAsync("Acme");
        var bolt = await harness.AddRetailerAsync("Bolt");
        var acmeKettle = await AddKettleAsync(harness, acme.Id, "http://127.0.0.1/acme/p/kettle");
        var boltKettle = await AddKettleAsync(harness, bolt.Id, "http://127.0.0.1/bolt/p/kettle");
        await harness.Store.RecordVariantOffersAsync(acmeKettle, [Variant("A-S", 10m), Variant("A-L", null, Availability.PreOrder)], harness.Time.GetUtcNow(), null, null, None);
        await harness.Store.RecordVariantOffersAsync(boltKettle, [Variant("B-S", 9m)], harness.Time.GetUtcNow(), null, null, None);
        harness.Time.Advance(TimeSpan.FromHours(2));
        await harness.Store.RecordVariantOffersAsync(acmeKettle, [Variant("A-S", 9.5m)], harness.Time.GetUtcNow(), null, null, None);

        var all = await harness.Store.ExportVariantsAsync(null, None).ToListAsync();
        var acmeOnly = await harness.Store.ExportVariantsAsync(acme.Id, None).ToListAsync();

        Assert.Equal(["A-S", "A-L", "B-S"], all.Select(v => v.Sku));
        Assert.Equal(["Acme", "Acme"], acmeOnly.Select(v => v.Retailer));
        Assert.Equal(("http://127.0.0.1/acme/p/kettle", 9.5m, "ZAR", "InStock"), (acmeOnly[0].ProductUrl, acmeOnly[0].Price, acmeOnly[0].Currency, acmeOnly[0].Availability));
        Assert.Equal(((decimal?)null, (string?)null, "PreOrder"), (acmeOnly[1].Price, acmeOnly[1].Currency, acmeOnly[1].Availability));
        Assert.Equal("http://127.0.0.1/bolt/p/kettle", all[2].ProductUrl);
    }

    [Fact]
    public async Task ExportPriceHistory_AddsVariantRowsAfterTheProductsOwn_WithKeyAndSku()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        var kettle = await AddKettleAsync(harness, retailer.Id);
        await harness.Store.RecordVariantOffersAsync(kettle, [Variant("K-S", 10m), new ProductVariant { Options = ["Red"], Price = 11m, Currency = "ZAR", Availability = Availability.InStock }], harness.Time.GetUtcNow(), null, null, None);
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.Store.RecordPriceAsync(kettle, harness.Price(14m), None);
        await harness.Store.RecordVariantOffersAsync(kettle, [Variant("K-S", 9m)], harness.Time.GetUtcNow(), null, null, None);

        var history = await harness.Store.ExportPriceHistoryAsync(retailer.Id, None).ToListAsync();

        Assert.Equal(
            [
                ("price", null, null, 15m), ("stock", null, null, null),
                ("price", "sku:K-S", "K-S", 10m), ("stock", "sku:K-S", "K-S", null),
                ("price", "options:red", null, 11m), ("stock", "options:red", null, null),
                ("price", null, null, 14m), ("price", "sku:K-S", "K-S", 9m),
            ],
            history.Select(h => (h.Kind, h.Variant, h.VariantSku, h.Price)));
        Assert.All(history, h => Assert.Equal(("Acme", "http://127.0.0.1/p/kettle", "K-1"), (h.Retailer, h.ProductUrl, h.Sku)));
        Assert.Equal("InStock", history[3].Availability);
    }
}
