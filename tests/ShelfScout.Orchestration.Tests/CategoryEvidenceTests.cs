using ShelfScout.Agents;
using ShelfScout.Domain.Runs;
using ShelfScout.Fetching;
using ShelfScout.Storage.Records;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Testing;

namespace ShelfScout.Orchestration.Tests;

/// <summary>
/// Shapes of real storefronts the demo retailer does not have: stale product links (404), a listing linked under two
/// forms of its URL, a menu that lists a category's children only on that category's pages, a pager inside a nav, and
/// a breadcrumb naming the same category under another path.
/// </summary>
public sealed class CategoryEvidenceTests
{
    private const string Menu = """<header><nav aria-label="Main"><ul><li><a href="/c/tea/">Tea</a></li><li><a href="/c/gear/">Gear</a></li></ul></nav></header>""";

    [Fact]
    public async Task Run_ProductCardThatAnswers404_IsADeadLinkNotALostPage()
    {
        var pages = Site(
            ("/", Page("Home", "<h1>Welcome</h1>")),
            ("/c/tea/", Page("Tea", "<h1>Tea</h1>" + StaticStorePages.Grid(("Sencha", "/p/sencha"), ("Matcha", "/p/matcha"), ("Gone", "/p/gone")))),
            ("/c/gear/", Page("Gear", "<h1>Gear</h1>" + StaticStorePages.Grid(("Kettle", "/p/kettle"), ("Cup", "/p/cup")))));

        var (summary, _) = await RunAsync(pages);

        Assert.Equal(4, summary.Totals.Products);
        Assert.Equal(0, summary.LostPages);
        Assert.Equal(RunStatus.Succeeded, summary.Status);
        Assert.Contains(summary.Errors, e => e.Url is not null && e.Url.EndsWith("/p/gone", StringComparison.Ordinal) && e.Reason.StartsWith("warning: dead link", StringComparison.Ordinal));
        Assert.Contains("1 dead links", summary.Stages.Single(s => s.Stage == Stage.Products).Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ListingLinkedUnderTwoFormsOfItsUrl_IsOneCategory()
    {
        // The menu links /c/tea/, the home page's tiles /c/tea.html; the page's canonical link names /c/tea.html.
        var tea = Page("Tea", "<h1>Tea</h1>" + StaticStorePages.Grid(("Sencha", "/p/sencha"), ("Matcha", "/p/matcha")), canonical: "/c/tea.html");
        var pages = Site(
            ("/", Page("Home", "<h1>Welcome</h1><section><ul class=\"tiles\"><li><a href=\"/c/tea.html\"><img src=\"/t.png\" alt=\"\">Tea</a></li><li><a href=\"/c/gear/\"><img src=\"/g.png\" alt=\"\">Gear</a></li></ul></section>")),
            ("/c/tea/", tea),
            ("/c/tea.html", tea),
            ("/c/gear/", Page("Gear", "<h1>Gear</h1>" + StaticStorePages.Grid(("Kettle", "/p/kettle"), ("Cup", "/p/cup")))));

        var (summary, categories) = await RunAsync(pages);

        Assert.Equal(4, summary.Totals.Products);
        Assert.Equal(["Gear", "Tea"], categories.Select(c => c.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_MenuThatShowsABranchOnlyOnItsOwnPage_AndABreadcrumbAlias_PlaceEveryCategoryUnderItsParent()
    {
        // On /c/gear/ the menu also lists Gear's children (only there); its pager sits in a nav below its path. The
        // Strainers page's breadcrumb links "Strainers" at another path (the same term) before the current crumb.
        var gearMenu = Menu.Replace("<a href=\"/c/gear/\">Gear</a>", "<a href=\"/c/gear/\">Gear</a><ul><li><a href=\"/c/gear/cups/\">Cups</a></li><li><a href=\"/c/gear/strainers/\">Strainers</a></li></ul>", StringComparison.Ordinal);
        var pager = "<nav class=\"woocommerce-pagination\"><ul><li><span>1</span></li><li><a href=\"/c/gear/page/2/\">2</a></li><li><a class=\"next\" href=\"/c/gear/page/2/\">Next</a></li></ul></nav>"
            + "<aside class=\"sidebar\"><div class=\"tag-filters\"><a href=\"/c/gear/steel/\">Steel</a> <a href=\"/c/gear/glass/\">Glass</a></div></aside>";
        var pages = Site(
            ("/", Page("Home", "<h1>Welcome</h1>")),
            ("/c/tea/", Page("Tea", "<h1>Tea</h1>" + StaticStorePages.Grid(("Sencha", "/p/sencha"), ("Matcha", "/p/matcha")))),
            ("/c/gear/", Page("Gear", StaticStorePages.Crumbs(("Gear", null)) + "<h1>Gear</h1>" + StaticStorePages.Grid(("Kettle", "/p/kettle"), ("Pot", "/p/pot")) + pager, menu: gearMenu)),
            ("/c/gear/page/2/", Page("Gear", StaticStorePages.Crumbs(("Gear", null)) + "<h1>Gear</h1>" + StaticStorePages.Grid(("Tray", "/p/tray"), ("Scale", "/p/scale")), menu: gearMenu)),
            ("/c/gear/cups/", Page("Cups", StaticStorePages.Crumbs(("Gear", "/c/gear/"), ("Cups", null)) + "<h1>Cups</h1>" + StaticStorePages.Grid(("Cup", "/p/cup"), ("Mug", "/p/mug")), menu: gearMenu)),
            ("/c/gear/strainers/", Page("Strainers", StaticStorePages.Crumbs(("Gear", "/c/gear/"), ("Strainers", "/c/strainers/"), ("Strainers", null)) + "<h1>Strainers</h1>" + StaticStorePages.Grid(("Ball", "/p/ball"), ("Sieve", "/p/sieve")), menu: gearMenu)),
            ("/c/gear/steel/", Page("Gear", "<h1>Gear</h1>" + StaticStorePages.Grid(("Kettle", "/p/kettle"), ("Tray", "/p/tray")), menu: gearMenu)),
            ("/c/strainers/", Page("Strainers", StaticStorePages.Crumbs(("Strainers", null)) + "<h1>Strainers</h1>" + StaticStorePages.Grid(("Ball", "/p/ball"), ("Sieve", "/p/sieve")))));

        var (summary, categories) = await RunAsync(pages);

        Assert.True(summary.Totals.Products == 10, string.Join(" / ", summary.Stages.Select(s => s.Stage + ": " + s.Note)) + " errors: " + string.Join(", ", summary.Errors.Select(e => e.Url + " " + e.Reason)) + " cats: " + string.Join(", ", categories.Select(c => c.Path + "=" + c.Url)));
        // The alias path is a category of its own (stores present the same term under two parents), not Strainers' parent;
        // the tag filters below Gear's path are not subcategories.
        Assert.Equal(["Gear", "Gear > Cups", "Gear > Strainers", "Strainers", "Tea"], categories.Select(c => c.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_CategoryNamedOnlyInAProductsCategoriesLine_IsFoundAndTheProductIsInIt()
    {
        // No menu, sitemap or listing links /c/gifts/: only Sencha's details line "Categories: Tea, Gifts" does. Its
        // sidebar widget titled "Categories" lists every category, which does not make Sencha a Gear product.
        var pages = Site(
            ("/", Page("Home", "<h1>Welcome</h1>")),
            ("/c/tea/", Page("Tea", "<h1>Tea</h1>" + StaticStorePages.Grid(("Sencha", "/p/sencha"), ("Matcha", "/p/matcha")))),
            ("/c/gear/", Page("Gear", "<h1>Gear</h1>" + StaticStorePages.Grid(("Kettle", "/p/kettle"), ("Cup", "/p/cup")))),
            ("/c/gifts/", Page("Gifts", StaticStorePages.Crumbs(("Gifts", null)) + "<h1>Gifts</h1>" + StaticStorePages.Grid(("Sencha", "/p/sencha"), ("Pot", "/p/pot")))));
        pages["/p/sencha"] = StaticStorePages.Product("Sencha", "sencha", Menu).Replace(
            "</main>",
            "<div class=\"product_meta\"><span class=\"posted_in\">Categories: <a href=\"/c/tea/\" rel=\"tag\">Tea</a>, <a href=\"/c/gifts/\" rel=\"tag\">Gifts</a></span></div></main>"
            + "<div class=\"widget-area\"><h2>Categories</h2><ul><li><a href=\"/c/tea/\">Tea</a></li><li><a href=\"/c/gear/\">Gear</a></li><li><a href=\"/c/gifts/\">Gifts</a></li></ul></div>",
            StringComparison.Ordinal);

        await using var site = await StaticSite.StartAsync(pages);
        using var directory = new TempDirectory();
        await using var store = await SqliteShelfStore.OpenAsync(Path.Combine(directory.Path, "shape.db"), TimeProvider.System, CancellationToken.None);
        using var fetcher = new HttpPageFetcher(new FetchOptions { PerHostDelay = TimeSpan.Zero, PerHostConcurrency = 4 }, TimeProvider.System);
        var summary = await new MasterOrchestrator(store, fetcher, TimeProvider.System).RunAsync(
            new RunRequest { Url = site.BaseUrl, Reviews = false, Limits = new AgentLimits { Concurrency = 2 } }, null, CancellationToken.None);
        var categories = await store.GetCategoriesAsync(summary.Retailer.Id, CancellationToken.None);
        var products = new List<ProductExport>();
        await foreach (var product in store.ExportProductsAsync(summary.Retailer.Id, CancellationToken.None))
        {
            products.Add(product);
        }

        Assert.Equal(["Gear", "Gifts", "Tea"], categories.Select(c => c.Path).Order(StringComparer.Ordinal));
        Assert.Equal(5, products.Count);
        Assert.Equal(["Gifts", "Tea"], products.Single(p => p.Name == "Sencha").Categories.Order(StringComparer.Ordinal));
        Assert.Equal(["Gifts"], products.Single(p => p.Name == "Pot").Categories);
    }

    [Fact]
    public async Task Run_CategoryNames_ComeFromTheHeadingTheBreadcrumbRepeats_ElseTheBreadcrumb_NeverAPageTitle()
    {
        // Tea: a page-title heading in the header beside an SEO heading in the description. Gear: no heading; the
        // menu shortens its name, the breadcrumb gives it whole. Gifts: no heading, and a breadcrumb item that is a
        // page title with separators, so the menu's link text stands.
        var menu = Menu.Replace("</ul></nav></header>", "<li><a href=\"/c/gifts/\">Gifts</a></li></ul></nav></header>", StringComparison.Ordinal);
        var pages = Site(
            ("/", Page("Home", "<h1>Welcome</h1>", menu: menu)),
            ("/c/tea/", Page("Tea", StaticStorePages.Crumbs(("Tea", null)).Replace("</nav>", "<h1>Tea</h1></nav>", StringComparison.Ordinal)
                + StaticStorePages.Grid(("Sencha", "/p/sencha"), ("Matcha", "/p/matcha")) + "<div class=\"term-description\"><h1>Buy Loose Leaf Tea Online</h1><p>Our teas.</p></div>", menu: menu)),
            ("/c/gear/", Page("Gear", StaticStorePages.Crumbs(("Tea Gear & Accessories", null)) + StaticStorePages.Grid(("Kettle", "/p/kettle"), ("Cup", "/p/cup")), menu: menu)),
            ("/c/gifts/", Page("Gifts", StaticStorePages.Crumbs(("Gifts | Leaf & Bean | Tea Shop", null)) + StaticStorePages.Grid(("Pot", "/p/pot"), ("Tray", "/p/tray")), menu: menu)));

        var (summary, categories) = await RunAsync(pages);

        Assert.Equal(6, summary.Totals.Products);
        Assert.Equal(["Gifts", "Tea", "Tea Gear & Accessories"], categories.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_CollectionLinkedOnlyFromProductPages_IsExploredAndACategory_ATagListingOnlyCrawled()
    {
        // Issue 15's shape 4: the Gifts collection is in no menu, sitemap or listing; Sencha's page links it ("More in
        // Gifts") and a tag listing. Gifts shares the categories' URL template, the tag listing does not.
        var sencha = StaticStorePages.Product("Sencha", "sencha", Menu).Replace(
            "</main>",
            "<p><a href=\"/c/gifts/\">More in Gifts</a> <a href=\"/tag/green/\">green</a> <a href=\"/c/gifts/?sort=price\">Gifts by price</a></p></main>",
            StringComparison.Ordinal);
        var pages = Site(
            ("/", Page("Home", "<h1>Welcome</h1>")),
            ("/c/tea/", Page("Tea", "<h1>Tea</h1>" + StaticStorePages.Grid(("Sencha", "/p/sencha"), ("Matcha", "/p/matcha")))),
            ("/c/gear/", Page("Gear", "<h1>Gear</h1>" + StaticStorePages.Grid(("Kettle", "/p/kettle"), ("Cup", "/p/cup")))),
            ("/c/gifts/", Page("Gifts", "<h1>Gifts</h1>" + StaticStorePages.Grid(("Pot", "/p/pot"), ("Tray", "/p/tray")))),
            ("/tag/green/", Page("Green", "<h1>Green</h1>" + StaticStorePages.Grid(("Sencha", "/p/sencha"), ("Mug", "/p/mug")))));
        pages["/p/sencha"] = sencha;

        var (summary, categories) = await RunAsync(pages);

        Assert.True(summary.Totals.Products == 7, string.Join(" / ", summary.Stages.Select(s => s.Stage + ": " + s.Note)));
        Assert.Equal(["Gear", "Gifts", "Tea"], categories.Select(c => c.Path).Order(StringComparer.Ordinal));
        Assert.Equal(RunStatus.Succeeded, summary.Status);
        Assert.True(summary.Coverage is { IsComplete: true, Estimated: 7 }, summary.Coverage?.Describe());
    }

    [Fact]
    public async Task Run_HomePagePagedByQueryString_FollowsItsSecondPage()
    {
        // Issue 15's shape 2: the home page's featured grid continues on /?page=2, linked by a plain pager.
        var pager = "<nav class=\"pagination\"><a href=\"/?page=2\">2</a> <a href=\"/?sort=name\">A-Z</a></nav>";
        var pages = Site(
            ("/", Page("Home", "<h1>Welcome</h1>" + StaticStorePages.Grid(("Sencha", "/p/sencha"), ("Matcha", "/p/matcha")) + pager)),
            ("/?page=2", Page("Home", "<h1>Welcome</h1>" + StaticStorePages.Grid(("Pot", "/p/pot"), ("Sieve", "/p/sieve")) + pager)),
            ("/c/tea/", Page("Tea", "<h1>Tea</h1>" + StaticStorePages.Grid(("Sencha", "/p/sencha")))),
            ("/c/gear/", Page("Gear", "<h1>Gear</h1>" + StaticStorePages.Grid(("Kettle", "/p/kettle")))));

        var (summary, categories) = await RunAsync(pages);

        Assert.True(summary.Totals.Products == 5, string.Join(" / ", summary.Stages.Select(s => s.Stage + ": " + s.Note)));
        Assert.Equal(["Gear", "Tea"], categories.Select(c => c.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_ListingThatStatesMoreProductsThanItShows_IsPartialWithItsEstimate()
    {
        // Issue 15's item 2: a listing that says "Showing 1-2 of 6 products" and whose further pages are loaded by a
        // script the crawl cannot follow: the run holds 4 products, says so, and is partial.
        var pages = Site(
            ("/", Page("Home", "<h1>Welcome</h1>")),
            ("/c/tea/", Page("Tea", "<h1>Tea</h1><p>Showing 1-2 of 6 products</p>" + StaticStorePages.Grid(("Sencha", "/p/sencha"), ("Matcha", "/p/matcha")) + "<button data-load-more>Load more</button>")),
            ("/c/gear/", Page("Gear", "<h1>Gear</h1>" + StaticStorePages.Grid(("Kettle", "/p/kettle"), ("Cup", "/p/cup")))));

        var (summary, _) = await RunAsync(pages);

        Assert.Equal(4, summary.Totals.Products);
        Assert.Equal(RunStatus.PartiallySucceeded, summary.Status);
        var coverage = Assert.IsType<CoverageEstimate>(summary.Coverage);
        Assert.Equal(6, coverage.Estimated);
        Assert.False(coverage.IsComplete);
        Assert.Contains(coverage.Shortfalls, s => s.Contains("/c/tea/ (2 of 6)", StringComparison.Ordinal));
    }

    private static async Task<(RunSummary Summary, IReadOnlyList<CategoryRecord> Categories)> RunAsync(Dictionary<string, string> pages)
    {
        await using var site = await StaticSite.StartAsync(pages);
        using var directory = new TempDirectory();
        await using var store = await SqliteShelfStore.OpenAsync(Path.Combine(directory.Path, "shape.db"), TimeProvider.System, CancellationToken.None);
        using var fetcher = new HttpPageFetcher(new FetchOptions { PerHostDelay = TimeSpan.Zero, PerHostConcurrency = 4 }, TimeProvider.System);
        var orchestrator = new MasterOrchestrator(store, fetcher, TimeProvider.System);
        var summary = await orchestrator.RunAsync(new RunRequest { Url = site.BaseUrl, Reviews = false, Limits = new AgentLimits { Concurrency = 2 } }, null, CancellationToken.None);
        return (summary, await store.GetCategoriesAsync(summary.Retailer.Id, CancellationToken.None));
    }

    private static Dictionary<string, string> Site(params (string Path, string Html)[] listings)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal) { ["/robots.txt"] = "User-agent: *\nAllow: /\n" };
        foreach (var (path, html) in listings)
        {
            pages[path] = html;
        }

        foreach (var slug in new[] { "sencha", "matcha", "kettle", "cup", "pot", "tray", "scale", "mug", "ball", "sieve" })
        {
            pages["/p/" + slug] = StaticStorePages.Product(char.ToUpperInvariant(slug[0]) + slug[1..], slug, Menu);
        }

        return pages;
    }

    private static string Page(string title, string main, string? canonical = null, string menu = Menu) =>
        $"<!doctype html><html><head><title>{title} | Leaf &amp; Bean</title>{(canonical is null ? string.Empty : $"<link rel=\"canonical\" href=\"{canonical}\">")}</head>"
        + $"<body>{menu}<main>{main}</main><footer><a href=\"/pages/contact\">Contact</a></footer></body></html>";
}
