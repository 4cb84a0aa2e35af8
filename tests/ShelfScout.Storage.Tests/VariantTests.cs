using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Alerts;

namespace ShelfScout.Storage.Tests;

public abstract class VariantTests<TBackend> : StoreContract<TBackend>
    where TBackend : StoreBackend, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static ProductVariant Variant(string sku, decimal price, Availability availability = Availability.InStock) =>
        new() { Sku = sku, Price = price, Currency = "zar", Availability = availability, Options = ["Blue", sku] };

    [Fact]
    public async Task ReRecording_StoresVariantsOnce_AndAppendsOnlyChanges()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness);
        ProductVariant[] page = [Variant("K-S", 10m), Variant("K-L", 12m)];

        var first = await harness.Store.RecordVariantOffersAsync(productId, page, harness.Time.GetUtcNow(), "http://127.0.0.1/p", null, None);
        harness.Time.Advance(TimeSpan.FromHours(1));
        var same = await harness.Store.RecordVariantOffersAsync(productId, page, harness.Time.GetUtcNow(), "http://127.0.0.1/p", null, None);
        harness.Time.Advance(TimeSpan.FromHours(1));
        var changed = await harness.Store.RecordVariantOffersAsync(
            productId, [Variant("K-S", 10m), Variant("K-L", 12m, Availability.OutOfStock)], harness.Time.GetUtcNow(), "http://127.0.0.1/p", null, None);

        Assert.Equal((2, 2, 2, 0), (first.Variants, first.PriceChanges, first.StockChanges, first.Alerts.Count));
        Assert.Equal((0, 0), (same.PriceChanges, same.StockChanges));
        Assert.Equal((0, 1), (changed.PriceChanges, changed.StockChanges));
        Assert.Equal(2L, await CountAsync(harness, "SELECT COUNT(*) FROM product_variants;"));
        Assert.Equal(2L, await CountAsync(harness, "SELECT COUNT(*) FROM variant_price_history;"));
        Assert.Equal(3L, await CountAsync(harness, "SELECT COUNT(*) FROM variant_stock_history;"));
        var alert = Assert.Single(changed.Alerts);
        Assert.Equal((PriceAlertKind.WentOutOfStock, "sku:K-L"), (alert.Kind, alert.VariantKey));
    }

    [Fact]
    public async Task VariantWithoutStatedStock_IsStoredWithItsPrice_AndNoStockRow()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness);

        var recorded = await harness.Store.RecordVariantOffersAsync(
            productId, [Variant("K-S", 10m, Availability.Unknown), Variant("K-L", 12m)], harness.Time.GetUtcNow(), "http://127.0.0.1/p", null, None);

        Assert.Equal((2, 2, 1), (recorded.Variants, recorded.PriceChanges, recorded.StockChanges));
        Assert.Equal(1L, await CountAsync(harness, "SELECT COUNT(*) FROM variant_stock_history;"));
    }

    [Fact]
    public async Task VariantPriceChange_RaisesOneAlertPerVariant_Once()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness);
        await harness.Store.RecordVariantOffersAsync(productId, [Variant("K-S", 10m), Variant("K-L", 12m)], harness.Time.GetUtcNow(), null, null, None);
        harness.Time.Advance(TimeSpan.FromHours(1));

        var drop = await harness.Store.RecordVariantOffersAsync(productId, [Variant("K-S", 8m), Variant("K-L", 13m)], harness.Time.GetUtcNow(), null, null, None);
        var again = await harness.Store.RecordVariantOffersAsync(productId, [Variant("K-S", 8m), Variant("K-L", 13m)], harness.Time.GetUtcNow(), null, null, None);

        Assert.Equal(2, drop.Alerts.Count);
        Assert.Empty(again.Alerts);
        var stored = await harness.Store.GetAlertsAsync(new AlertQuery(), None);
        Assert.Equal(2, stored.Count);
        Assert.Contains(stored, a => a is { Kind: PriceAlertKind.PriceDrop, VariantKey: "sku:K-S", OldPrice: 10m, NewPrice: 8m, Currency: "ZAR" });
        Assert.Contains(stored, a => a is { Kind: PriceAlertKind.PriceRise, VariantKey: "sku:K-L" });
    }

    [Fact]
    public async Task RecordOffer_WithVariants_RecordsTheProductsOfferThenItsVariantsInOneWrite()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness);
        await harness.Store.RecordOfferAsync(productId, harness.Price(12m), harness.Stock(Availability.InStock), [Variant("K-S", 10m), Variant("K-L", 12m)], null, None);
        harness.Time.Advance(TimeSpan.FromHours(1));

        var drop = await harness.Store.RecordOfferAsync(productId, harness.Price(12m), harness.Stock(Availability.InStock), [Variant("K-S", 8m), Variant("K-L", 12m)], null, None);

        Assert.Equal((null, null), (drop.Price, drop.Stock));
        var alert = Assert.Single(drop.Variants.Alerts);
        Assert.Equal((PriceAlertKind.PriceDrop, "sku:K-S", 10m, 8m), (alert.Kind, alert.VariantKey, alert.OldPrice, alert.NewPrice));
    }

    [Fact]
    public async Task SingleVariantPricedAsTheProduct_RaisesNoVariantAlert_AndProductLatestPriceIsUnaffected()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness);
        await harness.Store.RecordPriceAsync(productId, harness.Price(10m), None);
        await harness.Store.RecordVariantOffersAsync(productId, [Variant("K", 10m)], harness.Time.GetUtcNow(), null, null, None);
        harness.Time.Advance(TimeSpan.FromHours(1));

        var product = await harness.Store.RecordPriceAsync(productId, harness.Price(9m), None);
        var variant = await harness.Store.RecordVariantOffersAsync(productId, [Variant("K", 9m)], harness.Time.GetUtcNow(), null, null, None);
        await harness.Store.RecordVariantOffersAsync(productId, [Variant("K", 99m), Variant("K2", 1m)], harness.Time.GetUtcNow(), null, null, None);

        Assert.NotNull(product?.Alert);
        Assert.Equal(1, variant.PriceChanges);
        Assert.Empty(variant.Alerts);
        var refs = await harness.Store.GetProductRefsAsync((await harness.AddRetailerAsync()).Id, None);
        Assert.Equal(9m, Assert.Single(refs).Price);
    }

    [Fact]
    public async Task VariantsWithoutSku_AreKeyedByNormalisedOptions()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness);
        ProductVariant Opt(params string[] options) => new() { Options = options, Price = 5m, Availability = Availability.InStock };

        await harness.Store.RecordVariantOffersAsync(productId, [Opt("Red", "M")], harness.Time.GetUtcNow(), null, null, None);
        await harness.Store.RecordVariantOffersAsync(productId, [Opt(" red ", "m")], harness.Time.GetUtcNow(), null, null, None);

        Assert.Equal(1L, await CountAsync(harness, "SELECT COUNT(*) FROM product_variants WHERE variant_key = 'options:red|m';"));
    }

    private static async Task<long> AddProductAsync(StoreHarness harness)
    {
        var retailer = await harness.AddRetailerAsync();
        return await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/kettle", StoreHarness.Product("Kettle"), StoreHarness.Start, None);
    }

    private static async Task<long> CountAsync(StoreHarness harness, string sql) =>
        Convert.ToInt64(await harness.ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);
}
