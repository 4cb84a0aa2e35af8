using ShelfScout.Agents;
using ShelfScout.Domain.Runs;
using ShelfScout.Fetching;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Testing;

namespace ShelfScout.Orchestration.Tests;

/// <summary>A store whose menu lists only top-level categories; their pages show subcategory tiles, not products.</summary>
public sealed class SubcategoryDiscoveryTests
{
    private const string Menu = """<header><nav aria-label="Main"><ul><li><a href="/c/tea/">Tea</a></li><li><a href="/c/coffee/">Coffee</a></li></ul></nav></header>""";

    [Fact]
    public async Task Run_CategoryPageOfSubcategoryTiles_CrawlsTheSubcategoriesAsChildren()
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/robots.txt"] = "User-agent: *\nAllow: /\n",
            ["/"] = Page("Home", "<h1>Welcome</h1>"),
            ["/c/tea/"] = Page("Tea", StaticStorePages.Crumbs(("Tea", null)) + "<h1>Tea</h1>" + Tiles(("Green tea", "/c/tea/green/"), ("Black tea", "/c/tea/black/"))),
            ["/c/coffee/"] = Page("Coffee", StaticStorePages.Crumbs(("Coffee", null)) + "<h1>Coffee</h1>" + StaticStorePages.Grid(("Espresso beans", "/p/espresso"), ("Filter blend", "/p/filter"))),
            ["/c/tea/green/"] = Page("Green tea", StaticStorePages.Crumbs(("Tea", "/c/tea/"), ("Green tea", null)) + "<h1>Green tea</h1>" + StaticStorePages.Grid(("Sencha", "/p/sencha"), ("Matcha", "/p/matcha"), ("Gyokuro", "/p/gyokuro"))),
            ["/c/tea/black/"] = Page("Black tea", StaticStorePages.Crumbs(("Tea", "/c/tea/"), ("Black tea", null)) + "<h1>Black tea</h1>" + StaticStorePages.Grid(("Assam", "/p/assam"), ("Ceylon", "/p/ceylon"))),
        };
        foreach (var (name, slug) in new[] { ("Espresso beans", "espresso"), ("Filter blend", "filter"), ("Sencha", "sencha"), ("Matcha", "matcha"), ("Gyokuro", "gyokuro"), ("Assam", "assam"), ("Ceylon", "ceylon") })
        {
            pages["/p/" + slug] = StaticStorePages.Product(name, slug, Menu);
        }

        await using var site = await StaticSite.StartAsync(pages);
        using var directory = new TempDirectory();
        await using var store = await SqliteShelfStore.OpenAsync(Path.Combine(directory.Path, "sub.db"), TimeProvider.System, CancellationToken.None);
        using var fetcher = new HttpPageFetcher(new FetchOptions { PerHostDelay = TimeSpan.Zero, PerHostConcurrency = 4 }, TimeProvider.System);
        var orchestrator = new MasterOrchestrator(store, fetcher, TimeProvider.System);

        var summary = await orchestrator.RunAsync(new RunRequest { Url = site.BaseUrl, Reviews = false, Limits = new AgentLimits { Concurrency = 2 } }, null, CancellationToken.None);

        Assert.True(summary.Errors.Count == 0, string.Join(Environment.NewLine, summary.Errors));
        Assert.True(summary.Totals.Products == 7, string.Join(", ", summary.Stages.Select(s => s.Stage + ":" + s.Note)));
        var categories = await store.GetCategoriesAsync(summary.Retailer.Id, CancellationToken.None);
        Assert.Equal(
            ["Coffee", "Tea", "Tea > Black tea", "Tea > Green tea"],
            categories.Select(c => c.Path).Order(StringComparer.Ordinal));
        Assert.False(categories.Single(c => c.Path == "Tea").IsLeaf);
        var green = categories.Single(c => c.Path == "Tea > Green tea");
        Assert.Equal(categories.Single(c => c.Path == "Tea").Id, green.ParentId);
        var paths = new List<string>();
        await foreach (var product in store.ExportProductsAsync(null, CancellationToken.None))
        {
            paths.AddRange(product.Categories);
        }

        Assert.Equal(3, paths.Count(p => p == "Tea > Green tea"));
        Assert.Equal(StageStatus.Succeeded, summary.Stages.Single(s => s.Stage == Stage.Products).Status);
    }

    private static string Page(string title, string main) =>
        $"<!doctype html><html><head><title>{title} | Leaf &amp; Bean</title></head><body>{Menu}<main>{main}</main><footer><a href=\"/pages/contact\">Contact</a></footer></body></html>";

    private static string Tiles(params (string Name, string Url)[] tiles) =>
        "<ul class=\"subcats\">" + string.Concat(tiles.Select(t => $"<li><a href=\"{t.Url}\"><img src=\"/img{t.Url}x.png\" alt=\"\"><span>{t.Name}</span></a></li>")) + "</ul>";
}
