using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Testing;

namespace ShelfScout.DemoRetailer.Tests;

public class MonitoringTests
{
    [Fact]
    public void OfferChangeRate_ChangesExactlyThatManyProductsPerDay_HalfPriceHalfStock()
    {
        var catalog = DemoCatalog.Generate(new DemoStoreOptions { Seed = 7, ProductCount = 3000, OfferChangeRate = 0.05 });

        for (var day = 1; day <= 3; day++)
        {
            var changed = catalog.Products.Count(p => catalog.OfferFor(p, day - 1) != catalog.OfferFor(p, day));
            var changes = catalog.ChangesBetween(day - 1, day);

            Assert.Equal(150, changed);
            Assert.Equal(75, changes.Count(c => c.Kind is PriceAlertKind.PriceDrop or PriceAlertKind.PriceRise));
            Assert.Equal(75, changes.Count(c => c.Kind is PriceAlertKind.BackInStock or PriceAlertKind.WentOutOfStock));
        }
    }

    [Fact]
    public void ChangesBetween_MatchesTheOffersOfBothDays()
    {
        var catalog = DemoCatalog.Generate(new DemoStoreOptions { Seed = 3, ProductCount = 200 });
        var changes = catalog.ChangesBetween(2, 5);

        Assert.NotEmpty(changes);
        foreach (var product in catalog.Products)
        {
            var old = catalog.OfferFor(product, 2);
            var now = catalog.OfferFor(product, 5);
            var mine = changes.Where(c => c.RelativeUrl == product.RelativeUrl).ToList();
            var priceKind = old.Price == now.Price ? (PriceAlertKind?)null : now.Price < old.Price ? PriceAlertKind.PriceDrop : PriceAlertKind.PriceRise;
            Assert.Equal(priceKind, mine.SingleOrDefault(c => c.Kind is PriceAlertKind.PriceDrop or PriceAlertKind.PriceRise)?.Kind);
            var stock = mine.SingleOrDefault(c => c.Kind is PriceAlertKind.BackInStock or PriceAlertKind.WentOutOfStock);
            Assert.Equal(OfferAlerts.IsBuyable(old.Availability) != OfferAlerts.IsBuyable(now.Availability), stock is not null);
            Assert.All(mine, c => Assert.Equal((product.Sku, old.Price, now.Price, old.Availability, now.Availability), (c.Sku, c.OldPrice!.Value, c.NewPrice!.Value, c.OldAvailability!.Value, c.NewAvailability!.Value)));
        }
    }

    [Fact]
    public async Task Validators_AnswerNotModified_AndTheLedgerCountsThem()
    {
        await using var store = await TestStores.StartAsync(new DemoStoreOptions { Seed = 4, ProductCount = 30, OfferChangeRate = 0.1, Day = 2 });
        using var http = store.CreateClient();
        var product = store.Catalog.Products[0].RelativeUrl;

        using var first = await http.GetAsync(product);
        var etag = first.Headers.ETag;
        var lastModified = first.Content.Headers.LastModified;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.NotNull(lastModified);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, product);
        byTag.Headers.IfNoneMatch.Add(etag);
        using var tagAnswer = await http.SendAsync(byTag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, "/sitemap_products_1.xml");
        byDate.Headers.IfModifiedSince = DateTimeOffset.UtcNow;
        using var dateAnswer = await http.SendAsync(byDate);
        using var stale = new HttpRequestMessage(HttpMethod.Get, product);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\""));
        using var staleAnswer = await http.SendAsync(stale);

        Assert.Equal(HttpStatusCode.NotModified, tagAnswer.StatusCode);
        Assert.Empty(await tagAnswer.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, dateAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, staleAnswer.StatusCode);
        Assert.Equal(2, store.NotModifiedCount);
        Assert.Equal(3, store.ProductPageRequestCount);

        using var ledger = JsonDocument.Parse(await http.GetStringAsync("/__requests.json"));
        Assert.Equal(2, ledger.RootElement.GetProperty("notModified").GetInt32());
        Assert.Equal(3, ledger.RootElement.GetProperty("productPages").GetInt32());
        Assert.True(ledger.RootElement.GetProperty("otherRequests").GetInt32() >= 2);
        Assert.True(ledger.RootElement.GetProperty("total").GetInt32() >= 5);
    }

    [Fact]
    public async Task ProductPageLastModified_IsTheDayItsOfferLastChanged_AndChangesWithTheDay()
    {
        await using var store = await TestStores.StartAsync(new DemoStoreOptions { Seed = 4, ProductCount = 40, OfferChangeRate = 0.25, Day = 3 });
        using var http = store.CreateClient();
        var product = store.Catalog.Products.First(p => store.Catalog.LastChangedDay(p, 3) < 3);

        using var before = await http.GetAsync(product.RelativeUrl);
        Assert.Equal(new DateTimeOffset(DemoCatalog.FirstDate.AddDays(store.Catalog.LastChangedDay(product, 3)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), before.Content.Headers.LastModified);

        var changedOn = Enumerable.Range(4, 40).First(d => store.Catalog.OfferFor(product, d) != store.Catalog.OfferFor(product, d - 1));
        store.Day = changedOn;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, product.RelativeUrl);
        conditional.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await http.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task ProductAndCategorySitemaps_CarryLastmod()
    {
        await using var store = await TestStores.StartAsync(new DemoStoreOptions { Seed = 4, ProductCount = 30, Day = 5 });
        using var http = store.CreateClient();

        var products = await http.GetStringAsync("/sitemap_products_1.xml");
        var categories = await http.GetStringAsync("/sitemap_categories.xml");

        foreach (var product in store.Catalog.Products)
        {
            var date = DemoCatalog.FirstDate.AddDays(store.Catalog.LastChangedDay(product, 5)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(product.RelativeUrl + "</loc><lastmod>" + date + "</lastmod>", products, StringComparison.Ordinal);
        }

        Assert.Equal(store.Catalog.Categories.Count(store.Catalog.IsInMenu), categories.Split("<lastmod>").Length - 1);
    }

    [Theory]
    [InlineData(DemoTheme.JsonLd)]
    [InlineData(DemoTheme.Microdata)]
    public async Task CardStock_ShowsAStockWordOnEveryCard(DemoTheme theme)
    {
        await using var store = await TestStores.StartAsync(new DemoStoreOptions { Seed = 4, ProductCount = 30, Theme = theme, CardStock = true });
        await using var plain = await TestStores.StartAsync(new DemoStoreOptions { Seed = 4, ProductCount = 30, Theme = theme });
        using var http = store.CreateClient();
        using var plainHttp = plain.CreateClient();
        var leaf = store.Catalog.Categories.First(c => c.IsLeaf && store.Catalog.ProductsIn(c).Count > 0);
        var first = store.Catalog.ProductsIn(leaf)[0];
        var word = store.Catalog.OfferFor(first, 0).Availability switch
        {
            Availability.InStock => "In stock",
            Availability.LimitedAvailability => "Low stock",
            Availability.OutOfStock => "Out of stock",
            _ => "Pre-order",
        };

        var html = await http.GetStringAsync(leaf.RelativeUrl);
        var without = await plainHttp.GetStringAsync(leaf.RelativeUrl);

        Assert.Contains(">" + word + "</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("product-card-stock", without, StringComparison.Ordinal);
        Assert.Equal(theme == DemoTheme.Microdata, html.Contains("itemtype=\"https://schema.org/Offer\"><link itemprop=\"availability\"", StringComparison.Ordinal));
    }
}
