using System.Text.Json;
using ShelfScout.DemoRetailer.Listing;
using ShelfScout.Testing;

namespace ShelfScout.DemoRetailer.Tests;

/// <summary>The store is reachable the way a crawler would reach it: links, pagination, sitemaps and robots.txt.</summary>
public class CrawlabilityTests
{
    [Theory]
    [InlineData(DemoTheme.JsonLd)]
    [InlineData(DemoTheme.Microdata)]
    [InlineData(DemoTheme.Plain)]
    public async Task FollowingPaginationLinks_ListsEveryProductOfEachLeafExactlyOnce(DemoTheme theme)
    {
        await using var store = await TestStores.StartAsync(seed: 11, productCount: 300, theme: theme);
        using var http = store.CreateClient();
        var catalog = store.Catalog;

        foreach (var leaf in catalog.Categories.Where(c => c.IsLeaf))
        {
            var seen = new List<string>();
            var visited = new HashSet<string>(StringComparer.Ordinal) { leaf.RelativeUrl };
            var queue = new Queue<string>([leaf.RelativeUrl]);
            while (queue.TryDequeue(out var url))
            {
                var main = HtmlScan.MainContent(await http.GetStringAsync(url));
                seen.AddRange(HtmlScan.ProductHrefs(main));
                foreach (var link in HtmlScan.Hrefs(main).Where(h => h.StartsWith(leaf.RelativeUrl, StringComparison.Ordinal)))
                {
                    if (visited.Add(link))
                    {
                        queue.Enqueue(link);
                    }
                }
            }

            var expected = catalog.ProductsIn(leaf).Select(p => p.RelativeUrl).ToList();
            Assert.Equal(expected.Count, seen.Count);
            Assert.Equal(expected.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Layouts_UseEveryPaginationStyle()
    {
        var catalog = DemoCatalog.Generate(11, 300);
        var layouts = catalog.Categories.Where(c => c.IsLeaf).Select(c => ListingLayout.For(catalog.Seed, c)).ToList();

        Assert.Equal(3, layouts.Select(l => l.Parameter).Distinct().Count());
        Assert.Equal(3, layouts.Select(l => l.Pager).Distinct().Count());
        Assert.Contains(catalog.Categories, c => c.IsLeaf && catalog.ProductsIn(c).Count > 3 * ListingLayout.For(11, c).PageSize);
    }

    [Fact]
    public async Task ReviewPages_ReachedByNextLinks_ListEveryReviewOnceInOrder()
    {
        await using var store = await TestStores.StartAsync(productCount: 80, theme: DemoTheme.Plain);
        using var http = store.CreateClient();
        var product = store.Catalog.Products.OrderByDescending(p => p.Reviews.Count).First();
        Assert.True(product.Reviews.Count > 10);

        var dates = new List<string>();
        string? url = product.RelativeUrl;
        while (url is not null)
        {
            var main = HtmlScan.MainContent(await http.GetStringAsync(url));
            dates.AddRange(HtmlScan.ReviewDates(main));
            var next = System.Text.RegularExpressions.Regex.Match(main, "<a href=\"([^\"]+)\" rel=\"next\">");
            url = next.Success ? System.Net.WebUtility.HtmlDecode(next.Groups[1].Value) : null;
        }

        Assert.Equal(product.Reviews.Select(r => r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), dates);
    }

    [Fact]
    public async Task RobotsTxt_DisallowsPrivatePagesAndExtras_AndNamesTheSitemap()
    {
        var options = new DemoStoreOptions { ProductCount = 10, ExtraRobotsDisallow = ["/product-category/secret/", "/blog"] };
        await using var store = await TestStores.StartAsync(options);
        using var http = store.CreateClient();

        var lines = (await http.GetStringAsync("/robots.txt")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /cart", lines);
        Assert.Contains("Disallow: /account", lines);
        Assert.Contains("Disallow: /search", lines);
        Assert.Contains("Disallow: /product-category/secret/", lines);
        Assert.Contains("Disallow: /blog", lines);
        Assert.Contains("Sitemap: " + store.BaseUrl + "sitemap.xml", lines);
    }

    [Fact]
    public async Task SitemapIndex_LeadsToEveryCategoryAndProduct()
    {
        await using var store = await TestStores.StartAsync(productCount: 1200);
        using var http = store.CreateClient();

        var index = await http.GetStringAsync("/sitemap.xml");
        var sitemaps = Locs(index);
        var urls = new List<string>();
        foreach (var sitemap in sitemaps)
        {
            urls.AddRange(Locs(await http.GetStringAsync(new Uri(sitemap))));
        }

        Assert.Contains("<sitemapindex", index, StringComparison.Ordinal);
        Assert.Equal(5, sitemaps.Count);
        var expected = store.Catalog.Categories.Select(c => c.RelativeUrl).Concat(store.Catalog.Products.Select(p => p.RelativeUrl))
            .Select(path => new Uri(store.BaseUrl, path).ToString());
        Assert.Empty(expected.Except(urls));
    }

    [Fact]
    public async Task TruthDocument_MatchesTheCatalogue()
    {
        await using var store = await TestStores.StartAsync(productCount: 30, day: 4);
        using var http = store.CreateClient();

        using var truth = JsonDocument.Parse(await http.GetStringAsync("/__truth.json"));

        Assert.Equal(store.Catalog.ExpectedProducts, truth.RootElement.GetProperty("products").GetArrayLength());
        Assert.Equal(store.Catalog.ExpectedReviews, truth.RootElement.GetProperty("expectedReviews").GetInt32());
        var first = truth.RootElement.GetProperty("products")[0];
        Assert.Equal(store.Catalog.OfferFor(store.Catalog.Products[0], 4).Price, first.GetProperty("price").GetDecimal());
    }

    private static List<string> Locs(string xml) =>
        System.Text.RegularExpressions.Regex.Matches(xml, "<loc>([^<]+)</loc>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
}
