using System.Text;
using ShelfScout.Agents;
using ShelfScout.Domain.Runs;
using ShelfScout.Fetching;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Testing;

namespace ShelfScout.Orchestration.Tests;

/// <summary>A hostile store's traps end up in the run's recorded errors with a reason a person can act on, never silently.</summary>
public sealed class RecordedReasonsTests
{
    private const int ListingPageLimit = 2;
    private const int ResponseCap = 64 * 1024;
    private const string Menu = """<header><nav aria-label="Main"><ul><li><a href="/c/tea/">Tea</a></li><li><a href="/c/loop/">Offers</a></li></ul></nav></header>""";

    [Fact]
    public async Task Run_RedirectLoopOversizedSitemapAndListingPageCap_EachRecordedWithItsReason()
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/robots.txt"] = "User-agent: *\nAllow: /\n",
            ["/"] = Page("Home", "<h1>Welcome</h1>", next: null),
            ["/sitemap.xml"] = OversizedSitemap(),
        };
        for (var page = 1; page <= 4; page++)
        {
            var path = page == 1 ? "/c/tea/" : $"/c/tea/page/{page}/";
            var products = new[] { $"tea-{page}a", $"tea-{page}b" };
            pages[path] = Page("Tea", "<h1>Tea</h1>" + Grid(products), next: page < 4 ? $"/c/tea/page/{page + 1}/" : null);
            foreach (var slug in products)
            {
                pages["/p/" + slug] = Product(slug);
            }
        }

        var redirects = new Dictionary<string, string>(StringComparer.Ordinal) { ["/c/loop/"] = "/c/loop-2/", ["/c/loop-2/"] = "/c/loop/" };
        await using var site = await StaticSite.StartAsync(pages, redirects);
        using var directory = new TempDirectory();
        await using var store = await SqliteShelfStore.OpenAsync(Path.Combine(directory.Path, "hostile.db"), TimeProvider.System, CancellationToken.None);
        using var fetcher = new HttpPageFetcher(new FetchOptions { PerHostDelay = TimeSpan.Zero, PerHostConcurrency = 4, MaxResponseBytes = ResponseCap, MaxRetries = 0 }, TimeProvider.System);
        var orchestrator = new MasterOrchestrator(store, fetcher, TimeProvider.System);

        var summary = await orchestrator.RunAsync(
            new RunRequest { Url = site.BaseUrl, Reviews = false, Prices = false, Limits = new AgentLimits { Concurrency = 2, MaxListingPagesPerCategory = ListingPageLimit } },
            null,
            CancellationToken.None);

        var errors = string.Join(Environment.NewLine, summary.Errors.Select(e => $"{e.Stage} {e.Url}: {e.Reason}"));
        Assert.Contains(summary.Errors, e => e.Url == new Uri(site.BaseUrl, "/c/loop/").AbsoluteUri && e.Reason.StartsWith("too many redirects (a loop back to ", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Errors, e => e.Reason.Contains("HTTP 302", StringComparison.Ordinal));
        var sitemap = Assert.Single(summary.Errors, e => e.Url == new Uri(site.BaseUrl, "/sitemap.xml").AbsoluteUri);
        Assert.Equal(Stage.Categories, sitemap.Stage);
        Assert.Equal($"warning: sitemap not read: response larger than {ResponseCap} bytes", sitemap.Reason);
        Assert.Contains(summary.Errors, e => e.Reason == $"warning: listing page limit ({ListingPageLimit}) reached, pagination not followed further");
        Assert.True(summary.Totals.Products >= 2 * ListingPageLimit, errors);
        var stored = await store.GetRunErrorsAsync(summary.RunId, CancellationToken.None);
        Assert.Equal(summary.Errors.Count, stored.Count);
    }

    private static string OversizedSitemap()
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">""");
        for (var i = 0; xml.Length <= ResponseCap; i++)
        {
            xml.Append("<url><loc>/p/filler-").Append(i).Append("</loc></url>\n");
        }

        return xml.Append("</urlset>").ToString();
    }

    private static string Page(string title, string main, string? next) =>
        $"<!doctype html><html><head><title>{title} | Leaf &amp; Bean</title>{(next is null ? "" : $"<link rel=\"next\" href=\"{next}\">")}</head><body>{Menu}<main>{main}"
        + (next is null ? "" : $"<nav class=\"pagination\"><a rel=\"next\" href=\"{next}\">Next</a></nav>")
        + "</main><footer><a href=\"/pages/contact\">Contact</a></footer></body></html>";

    private static string Grid(IEnumerable<string> slugs) =>
        "<ul class=\"grid\">" + string.Concat(slugs.Select((s, i) => $"<li><a href=\"/p/{s}\"><img src=\"/img/{s}.png\" alt=\"{s}\"></a><h3><a href=\"/p/{s}\">Tea {s}</a></h3><span>£{4 + i}.50</span></li>")) + "</ul>";

    private static string Product(string slug) =>
        $$$"""
        <!doctype html><html><head><title>Tea {{{slug}}}</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Tea {{{slug}}}","sku":"SKU-{{{slug}}}",
        "offers":{"@type":"Offer","price":"5.50","priceCurrency":"GBP","availability":"https://schema.org/InStock"}}</script></head>
        <body>{{{Menu}}}<main><h1>Tea {{{slug}}}</h1><p>£5.50</p><p>In stock</p><button>Add to basket</button></main></body></html>
        """;
}
