using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ShelfScout.DemoRetailer.Markup;
using ShelfScout.Testing;

namespace ShelfScout.DemoRetailer.Tests;

/// <summary>The store-shape options render what they promise, and only when asked for.</summary>
public sealed class StoreShapeMarkupTests
{
    [Fact]
    public async Task MenuDepthOne_MenuFooterAndCategorySitemapLinkOnlyTopLevelCategories_AndParentPagesLinkTheirChildren()
    {
        await using var store = await TestStores.StartAsync(new DemoStoreOptions { Seed = 7, ProductCount = 30, MenuDepth = 1 });
        using var http = store.CreateClient();
        var catalog = store.Catalog;
        var tops = catalog.Categories.Where(c => c.ParentId is null).Select(c => c.RelativeUrl).ToHashSet(StringComparer.Ordinal);

        var homeCategoryLinks = HtmlScan.Hrefs(await http.GetStringAsync("/")).Where(h => h.StartsWith("/product-category/", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var sitemap = await http.GetStringAsync("/sitemap_categories.xml");

        Assert.Equal(tops, homeCategoryLinks);
        Assert.Equal(tops.Count, Regex.Count(sitemap, "<loc>"));
        foreach (var parent in catalog.Categories.Where(c => !c.IsLeaf))
        {
            var links = HtmlScan.Hrefs(HtmlScan.MainContent(await http.GetStringAsync(parent.RelativeUrl)));
            Assert.All(catalog.ChildrenOf(parent), child => Assert.Contains(child.RelativeUrl, links));
        }
    }

    [Fact]
    public async Task ScriptedPager_ListingHasNoPageUrls_ButShowsItsCountsAndTheServerAnswersThePageQuery()
    {
        await using var store = await TestStores.StartAsync(new DemoStoreOptions { Seed = 7, ProductCount = 60, ScriptedPager = true });
        using var http = store.CreateClient();
        var catalog = store.Catalog;
        var leaf = catalog.Categories.First(c => c.IsLeaf && catalog.ListingPageCount(c) > 1);
        var pages = catalog.ListingPageCount(leaf);

        var first = await http.GetStringAsync(leaf.RelativeUrl);
        var second = await http.GetStringAsync(leaf.RelativeUrl + "?page=2");
        using var pastTheEnd = await http.GetAsync(leaf.RelativeUrl + "?page=" + (pages + 1).ToString(CultureInfo.InvariantCulture));

        Assert.DoesNotContain(HtmlScan.Hrefs(first), h => h.Contains("page=", StringComparison.Ordinal) || h.Contains("/page/", StringComparison.Ordinal));
        Assert.DoesNotContain("rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"#\" class=\"next js-page-link\" data-page=\"2\"", first, StringComparison.Ordinal);
        Assert.Contains(catalog.ProductsIn(leaf).Count.ToString(CultureInfo.InvariantCulture) + " products", first, StringComparison.Ordinal);
        Assert.Contains("Page 1 of " + pages.ToString(CultureInfo.InvariantCulture), first, StringComparison.Ordinal);
        Assert.Empty(HtmlScan.ProductHrefs(HtmlScan.MainContent(first)).Intersect(HtmlScan.ProductHrefs(HtmlScan.MainContent(second))));
        Assert.Contains("Page 2 of " + pages.ToString(CultureInfo.InvariantCulture), second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, pastTheEnd.StatusCode);
    }

    [Fact]
    public async Task SitemapOnlyProducts_AreInTheProductSitemap_ButNoListingHomeBlogOrProductPageLinksThem()
    {
        await using var store = await TestStores.StartAsync(new DemoStoreOptions { Seed = 7, ProductCount = 40, SitemapOnlyProducts = 6 });
        using var http = store.CreateClient();
        var catalog = store.Catalog;
        var hidden = catalog.Products.Where(p => !catalog.IsListed(p)).Select(p => p.RelativeUrl).ToList();
        Assert.Equal(6, hidden.Count);

        var sitemap = await http.GetStringAsync("/sitemap_products_1.xml");
        var pages = new List<string> { "/", "/blog" };
        pages.AddRange(catalog.Categories.SelectMany(c => Enumerable.Range(1, catalog.ListingPageCount(c)).Select(n => n == 1 ? c.RelativeUrl : PageUrlOf(store, c, n))));
        pages.AddRange(catalog.Products.Where(catalog.IsListed).Select(p => p.RelativeUrl));
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            linked.UnionWith(HtmlScan.ProductHrefs(await http.GetStringAsync(page)));
        }

        Assert.All(hidden, path => Assert.Contains("<loc>" + store.BaseUrl.AbsoluteUri.TrimEnd('/') + path + "</loc>", sitemap, StringComparison.Ordinal));
        Assert.Empty(linked.Intersect(hidden));
        Assert.Equal(catalog.ExpectedProducts - hidden.Count, linked.Count);
    }

    [Fact]
    public async Task ProductPathAliases_CollectionAndVariantPathsServeTheProductWithOneCanonicalLink()
    {
        await using var store = await TestStores.StartAsync(new DemoStoreOptions { Seed = 7, ProductCount = 30, ProductPathAliases = true });
        using var http = store.CreateClient();
        var leaf = store.Catalog.Categories.First(c => c.IsLeaf && store.Catalog.ProductsIn(c).Count > 0);

        var cards = HtmlScan.Hrefs(HtmlScan.MainContent(await http.GetStringAsync(leaf.RelativeUrl))).Where(h => h.Contains("/products/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, h => Assert.StartsWith("/collections/" + leaf.Slug + "/products/", h, StringComparison.Ordinal));
        var alias = cards[0];
        var product = store.Catalog.Products.Single(p => alias.EndsWith("/products/" + p.Slug, StringComparison.Ordinal));
        var aliasPage = await http.GetStringAsync(alias);
        var variant = HtmlScan.Hrefs(aliasPage).First(h => h.StartsWith(product.RelativeUrl + "?variant=", StringComparison.Ordinal));
        var variantPage = await http.GetStringAsync(variant);
        var canonical = "<link rel=\"canonical\" href=\"" + store.BaseUrl.AbsoluteUri.TrimEnd('/') + product.RelativeUrl + "\">";

        Assert.All(new[] { aliasPage, variantPage, await http.GetStringAsync(product.RelativeUrl) }, html =>
        {
            Assert.Equal(1, Regex.Count(html, "rel=\"canonical\""));
            Assert.Contains(canonical, html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task HiddenPrices_ProductPagesShowNoPriceAndNoOffer_AndTheLoginLinkLeadsToAGateWithoutProductData()
    {
        await using var store = await TestStores.StartAsync(new DemoStoreOptions { Seed = 7, ProductCount = 30, QuoteOnlyProducts = 2, LoginForPriceProducts = 2 });
        using var http = store.CreateClient();
        var catalog = store.Catalog;
        var quote = catalog.Products.First(p => catalog.PriceDisplayOf(p) == PriceDisplay.OnRequest);
        var login = catalog.Products.First(p => catalog.PriceDisplayOf(p) == PriceDisplay.AfterLogin);

        var quotePage = await http.GetStringAsync(quote.RelativeUrl);
        var loginPage = await http.GetStringAsync(login.RelativeUrl);
        var gate = await http.GetStringAsync(DemoCatalog.TradeLoginPathFor(login));

        foreach (var (html, product) in new[] { (quotePage, quote), (loginPage, login) })
        {
            var block = HtmlScan.JsonLdBlocks(html).Single(b => b.Contains("\"@type\":\"Product\"", StringComparison.Ordinal));
            Assert.DoesNotContain("\"offers\"", block, StringComparison.Ordinal);
            Assert.Contains("\"sku\":\"" + product.Sku + "\"", block, StringComparison.Ordinal);
            Assert.DoesNotContain(PriceFormatter.Format(catalog.OfferFor(product, 0).Price, catalog.OfferFor(product, 0).Currency), HtmlScan.MainContent(html).Split("You may also like")[0], StringComparison.Ordinal);
        }

        Assert.Contains("Request a quote", quotePage, StringComparison.Ordinal);
        Assert.Contains(Encoded(DemoCatalog.TradeLoginPathFor(login)), loginPage, StringComparison.Ordinal);
        Assert.Contains("<h1>Log in to see prices</h1>", gate, StringComparison.Ordinal);
        Assert.Contains(login.Name, gate, StringComparison.Ordinal);
        Assert.DoesNotContain(HtmlScan.JsonLdBlocks(gate), b => b.Contains("\"Product\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CustomersOnlyAndLandingPages_AreLinkedFromTheMenu_AndCarryNoProductData()
    {
        await using var store = await TestStores.StartAsync(new DemoStoreOptions { Seed = 7, ProductCount = 30, CustomersOnlyPage = true, LandingPage = true });
        using var http = store.CreateClient();

        var home = HtmlScan.Hrefs(await http.GetStringAsync("/"));
        var wholesale = await http.GetStringAsync(DemoCatalog.CustomersOnlyPath);
        var landing = await http.GetStringAsync(DemoCatalog.LandingPath);

        Assert.Contains(DemoCatalog.CustomersOnlyPath, home);
        Assert.Contains(DemoCatalog.LandingPath, home);
        Assert.Contains("approved wholesale customers only", wholesale, StringComparison.Ordinal);
        Assert.Empty(HtmlScan.ProductHrefs(HtmlScan.MainContent(wholesale)));
        Assert.Equal(DemoCatalog.LandingFeaturedCount, Regex.Count(HtmlScan.MainContent(landing), "class=\"product-card\""));
        Assert.Contains("hero-banner", landing, StringComparison.Ordinal);
        Assert.All(new[] { wholesale, landing }, html => Assert.DoesNotContain(HtmlScan.JsonLdBlocks(html), b => b.Contains("\"Product\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Truth_SaysWhichProductsAreListedWhichShowNoPriceAndWhichPagesAreNotProducts()
    {
        var options = new DemoStoreOptions { Seed = 7, ProductCount = 30, SitemapOnlyProducts = 3, QuoteOnlyProducts = 2, LoginForPriceProducts = 4, CustomersOnlyPage = true, MenuDepth = 2 };
        await using var store = await TestStores.StartAsync(options);
        using var http = store.CreateClient();

        using var truth = JsonDocument.Parse(await http.GetStringAsync("/__truth.json"));

        var products = truth.RootElement.GetProperty("products").EnumerateArray().ToList();
        Assert.Equal(3, products.Count(p => !p.GetProperty("listed").GetBoolean()));
        Assert.Equal(2, products.Count(p => p.GetProperty("priceDisplay").GetString() == "onRequest"));
        Assert.Equal(4, products.Count(p => p.GetProperty("priceDisplay").GetString() == "afterLogin"));
        Assert.All(products.Where(p => p.GetProperty("priceDisplay").GetString() != "shown"), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("shownPrice").ValueKind));
        Assert.All(products, p => Assert.NotEqual(0, p.GetProperty("placedInCategoryIds").GetArrayLength()));
        Assert.Equal(5, truth.RootElement.GetProperty("nonProductPages").GetArrayLength());
        Assert.Equal(
            store.Catalog.Categories.Count(c => c.Depth < 2),
            truth.RootElement.GetProperty("categories").EnumerateArray().Count(c => c.GetProperty("inMenu").GetBoolean()));
    }

    [Fact]
    public async Task DefaultOptions_HaveNoneOfTheShapes()
    {
        await using var store = await TestStores.StartAsync(productCount: 30);
        using var http = store.CreateClient();
        var catalog = store.Catalog;
        var product = catalog.Products[0];

        Assert.All(catalog.Products, p => Assert.True(catalog.IsListed(p) && catalog.PriceDisplayOf(p) == PriceDisplay.Shown));
        Assert.All(catalog.Categories, c => Assert.True(catalog.IsInMenu(c)));
        Assert.Empty(catalog.NonProductPaths());
        foreach (var path in new[] { "/collections/x/products/" + product.Slug, DemoCatalog.CustomersOnlyPath, DemoCatalog.LandingPath, DemoCatalog.TradeLoginPath })
        {
            using var response = await http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, path + " answered " + response.StatusCode);
        }

        Assert.DoesNotContain("?variant=", await http.GetStringAsync(product.RelativeUrl), StringComparison.Ordinal);
    }

    private static string PageUrlOf(DemoStore store, DemoCategory category, int page) =>
        Listing.ListingLayout.For(store.Catalog, category).PageUrl(category, page);

    private static string Encoded(string value) => WebUtility.HtmlEncode(value);
}
