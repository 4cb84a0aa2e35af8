using System.Text.Json;
using ShelfScout.Testing;

namespace ShelfScout.DemoRetailer.Tests;

public class ThemeTests
{
    [Fact]
    public async Task PlainTheme_HasNoStructuredData_AndNoReadableClassNames()
    {
        await using var store = await TestStores.StartAsync(productCount: 40, theme: DemoTheme.Plain);
        using var http = store.CreateClient();
        var leaf = store.Catalog.Categories.First(c => c.IsLeaf);

        foreach (var url in new[] { "/", leaf.RelativeUrl, store.Catalog.Products[0].RelativeUrl })
        {
            var html = await http.GetStringAsync(url);
            Assert.DoesNotContain("application/ld+json", html, StringComparison.Ordinal);
            Assert.DoesNotContain("itemprop", html, StringComparison.Ordinal);
            Assert.DoesNotContain("itemscope", html, StringComparison.Ordinal);
            Assert.DoesNotContain(Classes(html), c => c.Contains("price", StringComparison.Ordinal) || c.Contains("product", StringComparison.Ordinal) || c.Contains("menu", StringComparison.Ordinal));
            Assert.Contains("<ul", html, StringComparison.Ordinal);
            if (url != "/")
            {
                Assert.Contains("<nav aria-label=\"breadcrumb\"", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task PlainTheme_ScramblesClassNamesDifferentlyPerSeed()
    {
        await using var a = await TestStores.StartAsync(seed: 1, productCount: 5, theme: DemoTheme.Plain);
        await using var b = await TestStores.StartAsync(seed: 2, productCount: 5, theme: DemoTheme.Plain);
        using var httpA = a.CreateClient();
        using var httpB = b.CreateClient();

        var classesA = Classes(await httpA.GetStringAsync("/cart"));
        var classesB = Classes(await httpB.GetStringAsync("/cart"));

        Assert.NotEmpty(classesA);
        Assert.Empty(classesA.Intersect(classesB));
    }

    [Fact]
    public async Task JsonLdTheme_ProductBlockCarriesTheDaysOfferRatingAndPageReviews()
    {
        await using var store = await TestStores.StartAsync(productCount: 60, theme: DemoTheme.JsonLd, day: 2);
        using var http = store.CreateClient();
        var product = store.Catalog.Products.First(p => p.Reviews.Count > 5);
        var offer = store.Catalog.OfferFor(product, 2);

        var blocks = HtmlScan.JsonLdBlocks(await http.GetStringAsync(product.RelativeUrl)).Select(b => JsonDocument.Parse(b)).ToList();
        var types = blocks.Select(b => b.RootElement.GetProperty("@type").GetString()).ToList();
        var json = blocks.Single(b => b.RootElement.GetProperty("@type").GetString() == "Product").RootElement;

        Assert.Equal(["Organization", "Product", "BreadcrumbList"], types);
        Assert.Equal(product.Name, json.GetProperty("name").GetString());
        Assert.Equal(product.Gtin, json.GetProperty("gtin13").GetString());
        Assert.Equal(offer.Price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("offers").GetProperty("price").GetString());
        Assert.Equal(offer.Currency, json.GetProperty("offers").GetProperty("priceCurrency").GetString());
        Assert.Equal("https://schema.org/" + offer.Availability, json.GetProperty("offers").GetProperty("availability").GetString());
        Assert.Equal(product.Reviews.Count, json.GetProperty("aggregateRating").GetProperty("reviewCount").GetInt32());
        Assert.Equal(5, json.GetProperty("review").GetArrayLength());
        blocks.ForEach(b => b.Dispose());
    }

    [Fact]
    public async Task MicrodataTheme_MarksUpProductOfferAndBreadcrumbs_WithoutJsonLd()
    {
        await using var store = await TestStores.StartAsync(productCount: 30, theme: DemoTheme.Microdata);
        using var http = store.CreateClient();
        var product = store.Catalog.Products[0];
        var offer = store.Catalog.OfferFor(product, 0);

        var html = await http.GetStringAsync(product.RelativeUrl);

        Assert.DoesNotContain("application/ld+json", html, StringComparison.Ordinal);
        Assert.Contains("itemscope itemtype=\"https://schema.org/Product\"", html, StringComparison.Ordinal);
        Assert.Contains("itemscope itemtype=\"https://schema.org/BreadcrumbList\"", html, StringComparison.Ordinal);
        Assert.Contains("itemprop=\"price\" content=\"" + offer.Price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta itemprop=\"priceCurrency\" content=\"" + offer.Currency + "\">", html, StringComparison.Ordinal);
        Assert.Contains("itemprop=\"sku\">" + product.Sku + "<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllThemes_ShareTheSameTextAndLinks()
    {
        var pages = new List<string>();
        foreach (var theme in new[] { DemoTheme.JsonLd, DemoTheme.Microdata, DemoTheme.Plain })
        {
            await using var store = await TestStores.StartAsync(productCount: 30, theme: theme);
            using var http = store.CreateClient();
            var html = await http.GetStringAsync(store.Catalog.Products[3].RelativeUrl);
            pages.Add(string.Join('\n', HtmlScan.Hrefs(HtmlScan.MainContent(html))) + VisibleText(HtmlScan.MainContent(html)));
        }

        Assert.Equal(pages[0], pages[1]);
        Assert.Equal(pages[0], pages[2]);
    }

    private static HashSet<string> Classes(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "class=\"([^\"]+)\"").SelectMany(m => m.Groups[1].Value.Split(' ')).ToHashSet(StringComparer.Ordinal);

    private static string VisibleText(string html) =>
        System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " "), "\\s+", " ");
}
