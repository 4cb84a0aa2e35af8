using System.Net;
using ShelfScout.Testing;

namespace ShelfScout.DemoRetailer.Tests;

public class StorePagesTests
{
    [Theory]
    [InlineData(DemoTheme.JsonLd)]
    [InlineData(DemoTheme.Microdata)]
    [InlineData(DemoTheme.Plain)]
    public async Task EveryCategoryProductAndReviewPage_AnswersOk(DemoTheme theme)
    {
        await using var store = await TestStores.StartAsync(seed: 5, productCount: 60, theme: theme);
        using var http = store.CreateClient();
        var urls = store.Catalog.Categories.Select(c => c.RelativeUrl)
            .Concat(store.Catalog.Products.Select(p => p.RelativeUrl))
            .Concat(store.Catalog.Products.Where(p => p.Reviews.Count > 5).Select(p => p.RelativeUrl + "/reviews?page=2"))
            .Concat(["/", "/blog", "/pages/about-us", "/pages/contact", "/pages/shipping", "/cart", "/account", "/search?q=vitamin", "/images/logo.png"]);

        foreach (var url in urls)
        {
            using var response = await http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, url + " answered " + response.StatusCode);
        }
    }

    [Fact]
    public async Task UnknownPagesAndPagesPastTheEnd_AnswerNotFound()
    {
        await using var store = await TestStores.StartAsync(productCount: 20);
        using var http = store.CreateClient();
        var catalog = store.Catalog;
        var pastTheEnd = catalog.Categories.Where(c => c.IsLeaf).Select(c =>
        {
            var layout = Listing.ListingLayout.For(catalog.Seed, c);
            return layout.PageUrl(c, layout.PageCount(catalog.ProductsIn(c).Count) + 1);
        });

        foreach (var url in pastTheEnd.Concat(["/products/no-such-thing", "/product-category/nope/", "/pages/nope", "/blog/nope", "/products/x/reviews?page=2"]))
        {
            using var response = await http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, url + " answered " + response.StatusCode);
        }
    }

    [Fact]
    public async Task PaginationParametersOfAnotherStyle_AreIgnoredOrRejectedLikeRealShops()
    {
        await using var store = await TestStores.StartAsync(productCount: 20);
        using var http = store.CreateClient();
        var catalog = store.Catalog;
        var queryStyled = catalog.Categories.First(c => c.IsLeaf && Listing.ListingLayout.For(catalog.Seed, c).Parameter != Listing.PageParameter.PathSegment);
        var foreignParameter = Listing.ListingLayout.For(catalog.Seed, queryStyled).QueryName == "p" ? "?page=2" : "?p=2";

        using var ignored = await http.GetAsync(queryStyled.RelativeUrl + foreignParameter);
        using var rejected = await http.GetAsync(queryStyled.RelativeUrl + "page/2/");

        Assert.Equal(HttpStatusCode.OK, ignored.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, rejected.StatusCode);
    }

    [Fact]
    public async Task SameDay_GivesSamePage_AndChangingDayChangesSomeProductPages()
    {
        await using var store = await TestStores.StartAsync(productCount: 60);
        using var http = store.CreateClient();
        var products = store.Catalog.Products;
        var day0 = await FetchAllAsync(http, products);
        var day0Again = await FetchAllAsync(http, products);
        store.Day = 1;
        var day1 = await FetchAllAsync(http, products);

        Assert.Equal(day0, day0Again);
        var changed = day0.Zip(day1).Count(pair => pair.First != pair.Second);
        Assert.InRange(changed, 1, products.Count - 1);
        var expectedChanged = products.Count(p => store.Catalog.OfferFor(p, 0) != store.Catalog.OfferFor(p, 1));
        Assert.True(changed >= expectedChanged, $"{changed} pages changed but {expectedChanged} offers did");
    }

    [Fact]
    public async Task FailPathsStartingWith_AnswersServerError_OnlyUnderThatPrefix()
    {
        await using var store = await TestStores.StartAsync(productCount: 20);
        using var http = store.CreateClient();
        var failing = store.Catalog.Products[0];
        var healthy = store.Catalog.Products[1];

        store.FailPathsStartingWith(failing.RelativeUrl);
        using var failed = await http.GetAsync(failing.RelativeUrl);
        using var ok = await http.GetAsync(healthy.RelativeUrl);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task RequestCounters_CountEveryRequestByPathAndQuery()
    {
        await using var store = await TestStores.StartAsync(productCount: 20);
        using var http = store.CreateClient();
        var product = store.Catalog.Products[0].RelativeUrl;

        (await http.GetAsync(product)).Dispose();
        (await http.GetAsync(product)).Dispose();
        (await http.GetAsync("/search?q=tea")).Dispose();
        (await http.GetAsync("/missing")).Dispose();

        Assert.Equal(4, store.RequestCount);
        Assert.Equal(2, store.RequestsByPath[product]);
        Assert.Equal(1, store.RequestsByPath["/search?q=tea"]);
        Assert.Equal(1, store.RequestsByPath["/missing"]);
    }

    [Fact]
    public async Task ProductPage_ShowsTheDaysOfferStockStateAndLabelledIdentifiers()
    {
        await using var store = await TestStores.StartAsync(productCount: 120, theme: DemoTheme.Plain);
        using var http = store.CreateClient();
        var catalog = store.Catalog;

        foreach (var product in catalog.Products.Take(40))
        {
            var offer = catalog.OfferFor(product, 0);
            var main = HtmlScan.MainContent(await http.GetStringAsync(product.RelativeUrl));
            var infoEnd = main.IndexOf("You may also like", StringComparison.Ordinal);
            var buyBox = main[..infoEnd];
            Assert.Contains("<h1", buyBox, StringComparison.Ordinal);
            Assert.Contains("SKU:</span> <span", buyBox, StringComparison.Ordinal);
            Assert.Contains(product.Sku, buyBox, StringComparison.Ordinal);
            Assert.Contains("Barcode:", buyBox, StringComparison.Ordinal);
            Assert.Contains(product.Gtin, buyBox, StringComparison.Ordinal);
            Assert.Contains(Markup.PriceFormatter.Format(offer.Price, offer.Currency), buyBox, StringComparison.Ordinal);
            if (offer.RegularPrice is decimal regular)
            {
                Assert.Matches("<(del|s) [^>]*>.*" + System.Text.RegularExpressions.Regex.Escape(Markup.PriceFormatter.Format(regular, offer.Currency)), buyBox);
            }

            var expectedStock = offer.Availability switch
            {
                Domain.Catalog.Availability.LimitedAvailability => "Only " + offer.Quantity + " left",
                Domain.Catalog.Availability.OutOfStock => " disabled>Sold out</button>",
                Domain.Catalog.Availability.PreOrder => ">Pre-order now</button>",
                _ => ">Add to cart</button>",
            };
            Assert.Contains(expectedStock, buyBox, StringComparison.Ordinal);
        }
    }

    private static async Task<List<string>> FetchAllAsync(HttpClient http, IReadOnlyList<DemoProduct> products)
    {
        var pages = new List<string>();
        foreach (var product in products)
        {
            pages.Add(await http.GetStringAsync(product.RelativeUrl));
        }

        return pages;
    }
}
