using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Alerts;
using ShelfScout.Storage.Pages;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Tests;

/// <summary>A product page stored as one write: the product, its offer, its reviews and the new-product alert.</summary>
public abstract class ProductPageTests<TBackend> : StoreContract<TBackend>
    where TBackend : StoreBackend, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    private const string Url = "http://127.0.0.1/acme/products/kettle";

    [Fact]
    public async Task StoreProductPage_StoresProductOfferVariantsReviewsAndFreshness_AsTheSeparateWritesWould()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        var product = StoreHarness.Product("Kettle", "K-1", "http://127.0.0.1/acme/kettle.jpg") with
        {
            Variants = [new ProductVariant { Sku = "K-1-R", Name = "Red", Price = 20m, Availability = Availability.InStock }, new ProductVariant { Sku = "K-1-B", Name = "Blue", Price = 22m, Availability = Availability.OutOfStock }],
        };
        ReviewData[] reviews = [new("Ann", 5m, "Fast", "Boils fast.", new DateOnly(2026, 2, 1)), new("Ben", 2m, "Loud", "Whistles.", null)];

        var stored = await harness.Store.StoreProductPageAsync(Write(harness, retailer.Id, product, 20m, Availability.InStock) with
        {
            Reviews = reviews,
            Freshness = new OfferFreshness("\"e1\"", "Sun, 01 Mar 2026 09:00:00 GMT", "2026-03-01"),
        }, None);

        Assert.Equal(new PriceChange(stored.ProductId, null, 20m, "ZAR"), stored.Offer.Price);
        Assert.Equal(Availability.InStock, stored.Offer.Stock?.Current);
        Assert.Equal(2, stored.ReviewsAdded);
        Assert.Null(stored.NewProductAlert);
        var known = (await harness.Store.GetKnownProductsAsync(retailer.Id, None))[Url];
        Assert.Equal((stored.ProductId, "Kettle", "K-1", 20m, Availability.InStock), (known.Id, known.Name, known.Sku, known.Price, known.Availability));
        Assert.Equal(("\"e1\"", "Sun, 01 Mar 2026 09:00:00 GMT", "2026-03-01"), (known.ETag, known.LastModified, known.SitemapLastModified));
        Assert.Equal(harness.Time.GetUtcNow(), known.ReviewsReadAt);
        Assert.Equal(["Ann", "Ben"], (await harness.Store.ExportReviewsAsync(retailer.Id, None).ToListAsync()).Select(r => r.Author).Order());
        Assert.Equal(["K-1-B", "K-1-R"], (await harness.Store.ExportVariantsAsync(retailer.Id, None).ToListAsync()).Select(v => v.Sku).Order());

        // The same page again: one product, nothing appended, no review twice.
        harness.Time.Advance(TimeSpan.FromHours(1));
        var again = await harness.Store.StoreProductPageAsync(Write(harness, retailer.Id, product, 20m, Availability.InStock) with { Reviews = reviews }, None);
        Assert.Equal(stored.ProductId, again.ProductId);
        Assert.Equal(new OfferChanges(null, null), again.Offer with { Variants = VariantOfferChanges.None });
        Assert.Equal(0, again.ReviewsAdded);
        Assert.Equal(1, (await harness.Store.CountAsync(retailer.Id, None)).Products);
    }

    [Fact]
    public async Task StoreProductPage_PriceChange_RaisesItsAlertInTheSameWrite()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        await harness.Store.StoreProductPageAsync(Write(harness, retailer.Id, StoreHarness.Product("Kettle"), 20m, Availability.InStock), None);

        harness.Time.Advance(TimeSpan.FromDays(1));
        var cheaper = await harness.Store.StoreProductPageAsync(Write(harness, retailer.Id, StoreHarness.Product("Kettle"), 15m, Availability.OutOfStock), None);

        Assert.Equal((PriceAlertKind.PriceDrop, PriceAlertKind.WentOutOfStock), (cheaper.Offer.Price?.Alert?.Kind, cheaper.Offer.Stock?.Alert?.Kind));
        Assert.Equal(2, await harness.Store.CountAlertsAsync(new AlertQuery(), None));
    }

    [Fact]
    public async Task StoreProductPage_NewProductNotice_AlertsOnlyAProductTheCatalogueDidNotList_OncePerCrawl()
    {
        await using var harness = await CreateHarnessAsync();
        var retailer = await harness.AddRetailerAsync();
        var listed = await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/acme/products/listed", StoreHarness.Product("Listed"), harness.Time.GetUtcNow(), None);
        var gone = await harness.Store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/acme/products/gone", StoreHarness.Product("Gone"), harness.Time.GetUtcNow(), None);
        await harness.Store.DelistProductAsync(gone, harness.Time.GetUtcNow(), null, None);
        harness.Time.Advance(TimeSpan.FromDays(1));
        var notice = new NewProductNotice(7, Url);

        var fresh = await harness.Store.StoreProductPageAsync(Write(harness, retailer.Id, StoreHarness.Product("Kettle", "K-1"), 20m, Availability.InStock) with { NewProduct = notice }, None);
        var freshAgain = await harness.Store.StoreProductPageAsync(Write(harness, retailer.Id, StoreHarness.Product("Kettle", "K-1"), 20m, Availability.InStock) with { NewProduct = notice }, None);
        var stillListed = await harness.Store.StoreProductPageAsync(Write(harness, retailer.Id, StoreHarness.Product("Listed"), 9m, Availability.InStock, "http://127.0.0.1/acme/products/listed") with { NewProduct = notice }, None);
        var back = await harness.Store.StoreProductPageAsync(Write(harness, retailer.Id, StoreHarness.Product("Gone"), 9m, Availability.InStock, "http://127.0.0.1/acme/products/gone") with { NewProduct = notice with { Url = "http://127.0.0.1/acme/gone" } }, None);
        var unasked = await harness.Store.StoreProductPageAsync(Write(harness, retailer.Id, StoreHarness.Product("Quiet"), 9m, Availability.InStock, "http://127.0.0.1/acme/products/quiet"), None);

        var alert = Assert.IsType<PriceAlert>(fresh.NewProductAlert);
        Assert.Equal((PriceAlertKind.NewProduct, fresh.ProductId, Url, "Kettle", "K-1", 20m, "ZAR", Availability.InStock), (alert.Kind, alert.ProductId, alert.Url, alert.Name, alert.Sku, alert.NewPrice, alert.Currency, alert.NewAvailability));
        Assert.Null(freshAgain.NewProductAlert);
        Assert.Equal(listed, stillListed.ProductId);
        Assert.Null(stillListed.NewProductAlert);
        Assert.Equal((gone, "http://127.0.0.1/acme/gone"), (back.ProductId, back.NewProductAlert?.Url));
        Assert.Null(unasked.NewProductAlert);
        var alerts = await harness.Store.GetAlertsAsync(new AlertQuery { Kinds = [PriceAlertKind.NewProduct] }, None);
        Assert.Equal(new[] { fresh.ProductId, gone }.Order(), alerts.Select(a => a.ProductId).Order());
        Assert.True((await harness.Store.GetKnownProductsAsync(retailer.Id, None)).ContainsKey("http://127.0.0.1/acme/products/gone"), "a product found again is listed again");
    }

    private static ProductPageWrite Write(StoreHarness harness, long retailerId, ProductData product, decimal price, Availability availability, string url = Url) =>
        new(retailerId, url, product with { Price = price, Currency = "ZAR", Availability = availability }, harness.Time.GetUtcNow(), harness.Price(price), harness.Stock(availability), null);
}
