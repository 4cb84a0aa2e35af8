using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Tests;

public abstract class HistoryTests<TBackend> : StoreContract<TBackend>
    where TBackend : StoreBackend, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task RecordPrice_FirstObservation_IsAChangeFromNothing()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness);

        var change = await harness.Store.RecordPriceAsync(productId, harness.Price(199.95m, currency: "zar"), None);

        Assert.Equal(new PriceChange(productId, null, 199.95m, "ZAR"), change);
    }

    [Fact]
    public async Task RecordPrice_SameValues_AppendsNothing_DifferentValues_ReportPrevious()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness);
        await harness.Store.RecordPriceAsync(productId, harness.Price(199.95m, 249.95m), None);

        harness.Time.Advance(TimeSpan.FromHours(1));
        var unchanged = await harness.Store.RecordPriceAsync(productId, harness.Price(199.950m, 249.95m), None);
        harness.Time.Advance(TimeSpan.FromHours(1));
        var listPriceDropped = await harness.Store.RecordPriceAsync(productId, harness.Price(199.95m), None);
        harness.Time.Advance(TimeSpan.FromHours(1));
        var repriced = await harness.Store.RecordPriceAsync(productId, harness.Price(179.00m), None);

        Assert.Null(unchanged);
        Assert.Equal(new PriceChange(productId, 199.95m, 199.95m, "ZAR"), listPriceDropped);
        Assert.Equal(new PriceChange(productId, 199.95m, 179.00m, "ZAR"), repriced! with { Alert = null });
        Assert.Equal(PriceAlertKind.PriceDrop, repriced.Alert?.Kind);
        var history = await harness.Store.ExportPriceHistoryAsync(null, None).Where(h => h.Kind == "price").ToListAsync();
        Assert.Equal([199.95m, 199.95m, 179.00m], history.Select(h => h.Price!.Value));
        Assert.Equal([249.95m, null, null], history.Select(h => h.RegularPrice));
    }

    [Fact]
    public async Task RecordOffer_PriceAndStockInOneWrite_AppendsAndAlertsEachChangeAsTheTwoWritesWould()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness);
        var first = await harness.Store.RecordOfferAsync(productId, harness.Price(20m), harness.Stock(Availability.OutOfStock), [], null, None);

        harness.Time.Advance(TimeSpan.FromHours(1));
        var unchanged = await harness.Store.RecordOfferAsync(productId, harness.Price(20m), harness.Stock(Availability.OutOfStock), [], null, None);
        harness.Time.Advance(TimeSpan.FromHours(1));
        var both = await harness.Store.RecordOfferAsync(productId, harness.Price(15m), harness.Stock(Availability.InStock, 4), [], new OfferFreshness("\"v2\"", "Mon, 07 Dec 2026 10:00:00 GMT", "2026-12-07"), None);
        harness.Time.Advance(TimeSpan.FromHours(1));
        var stockOnly = await harness.Store.RecordOfferAsync(productId, null, harness.Stock(Availability.InStock, 3), [], new OfferFreshness(null, null, null), None);

        Assert.Equal(new PriceChange(productId, null, 20m, "ZAR"), first.Price);
        Assert.Equal(new StockChange(productId, null, Availability.OutOfStock, null), first.Stock);
        Assert.Equal(new OfferChanges(null, null), unchanged);
        Assert.Equal((PriceAlertKind.PriceDrop, PriceAlertKind.BackInStock), (both.Price?.Alert?.Kind, both.Stock?.Alert?.Kind));
        Assert.Null(stockOnly.Price);
        Assert.Equal(3, stockOnly.Stock?.Quantity);
        var history = await harness.Store.ExportPriceHistoryAsync(null, None).ToListAsync();
        Assert.Equal(2, history.Count(h => h.Kind == "price"));
        Assert.Equal(3, history.Count(h => h.Kind == "stock"));
        var known = (await harness.Store.GetKnownProductsAsync((await harness.Store.GetRetailersAsync(None)).Single().Id, None)).Values.First(p => p.Id == productId);
        Assert.Equal(("\"v2\"", "Mon, 07 Dec 2026 10:00:00 GMT", "2026-12-07"), (known.ETag, known.LastModified, known.SitemapLastModified));
    }

    [Fact]
    public async Task RecordStock_DetectsAvailabilityAndQuantityChanges()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness);

        var first = await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.InStock, 5), None);
        var same = await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.InStock, 5), None);
        var fewer = await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.InStock, 2), None);
        var gone = await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.OutOfStock), None);

        Assert.Equal(new StockChange(productId, null, Availability.InStock, 5), first);
        Assert.Null(same);
        Assert.Equal(new StockChange(productId, Availability.InStock, Availability.InStock, 2), fewer);
        Assert.Equal(new StockChange(productId, Availability.InStock, Availability.OutOfStock, null), gone! with { Alert = null });
        Assert.Equal(PriceAlertKind.WentOutOfStock, gone.Alert?.Kind);
        var stock = await harness.Store.ExportPriceHistoryAsync(null, None).Where(h => h.Kind == "stock").ToListAsync();
        Assert.Equal(["InStock", "InStock", "OutOfStock"], stock.Select(s => s.Availability));
    }

    [Fact]
    public async Task ProductRefs_ShowLatestOfferAndLastObservation_EvenWhenNothingChanged()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness);
        var unseen = await harness.Store.UpsertProductAsync(1, "http://127.0.0.1/p/unseen", StoreHarness.Product("Unseen"), StoreHarness.Start, None);
        await harness.Store.RecordPriceAsync(productId, harness.Price(10m), None);
        await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.PreOrder), None);
        harness.Time.Advance(TimeSpan.FromDays(1));
        await harness.Store.RecordPriceAsync(productId, harness.Price(12.5m, currency: "USD"), None);
        harness.Time.Advance(TimeSpan.FromDays(1));
        Assert.Null(await harness.Store.RecordStockAsync(productId, harness.Stock(Availability.PreOrder), None));

        var refs = await harness.Store.GetProductRefsAsync(1, None);

        var seen = refs.Single(r => r.Id == productId);
        Assert.Equal((12.5m, "USD", Availability.PreOrder), (seen.Price, seen.Currency, seen.Availability));
        Assert.Equal(StoreHarness.Start.AddDays(2), seen.LastObservedAt);
        var never = refs.Single(r => r.Id == unseen);
        Assert.Equal((null, null, Availability.Unknown, null), (never.Price, never.Currency, never.Availability, never.LastObservedAt));
    }

    [Fact]
    public async Task Money_IsStoredExactly()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness);
        var precise = 12345678901234.5678m;

        await harness.Store.RecordPriceAsync(productId, harness.Price(precise, 0.1m), None);

        Assert.Equal(precise, (await harness.Store.GetProductRefsAsync(1, None))[0].Price);
        Assert.Equal("12345678901234.5678", Convert.ToString(await harness.ScalarAsync("SELECT price FROM price_history;"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task RecordPrice_UnknownProduct_Throws()
    {
        await using var harness = await CreateHarnessAsync();

        await Assert.ThrowsAsync<KeyNotFoundException>(() => harness.Store.RecordPriceAsync(404, harness.Price(1m), None));
    }

    protected static async Task<long> AddProductAsync(StoreHarness harness)
    {
        var retailer = await harness.AddRetailerAsync();
        return await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/kettle", StoreHarness.Product("Kettle"), StoreHarness.Start, None);
    }
}
