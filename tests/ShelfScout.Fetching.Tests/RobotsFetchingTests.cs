using ShelfScout.Fetching.Tests.Infrastructure;

namespace ShelfScout.Fetching.Tests;

public sealed class RobotsFetchingTests
{
    private const string Robots = """
        User-agent: *
        Disallow: /page/private
        Allow: /page/private/open
        Sitemap: /sitemap-index.xml
        Sitemap: https://cdn.example.org/products.xml
        """;

    [Fact]
    public async Task Fetch_DisallowedPath_IsRefusedWithoutARequest()
    {
        await using var site = await TestSite.StartAsync(Robots);
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider());

        var refused = await fetcher.FetchAsync(site.Url("/page/private/secret"), CancellationToken.None);
        var allowed = await fetcher.FetchAsync(site.Url("/page/private/open/door"), CancellationToken.None);

        Assert.Equal(FetchOutcome.DisallowedByRobots, refused.Outcome);
        Assert.Equal(FetchOutcome.Ok, allowed.Outcome);
        Assert.DoesNotContain("/page/private/secret", site.Requests);
        Assert.Contains("/page/private/open/door", site.Requests);
        Assert.Equal(1, fetcher.Statistics.DisallowedByRobots);
    }

    [Fact]
    public async Task Fetch_RobotsIgnoredWhenNotRespected()
    {
        await using var site = await TestSite.StartAsync(Robots);
        using var fetcher = new HttpPageFetcher(TestOptions.Fast() with { RespectRobotsTxt = false }, new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(site.Url("/page/private/secret"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(0, site.Hits("/robots.txt"));
    }

    [Fact]
    public async Task Fetch_ConcurrentCallers_FetchRobotsTxtOnce()
    {
        await using var site = await TestSite.StartAsync(Robots);
        using var fetcher = new HttpPageFetcher(TestOptions.Fast() with { PerHostConcurrency = 4 }, new WatchedTimeProvider());

        var results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => fetcher.FetchAsync(site.Url($"/page/{i}"), CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(FetchOutcome.Ok, r.Outcome));
        Assert.Equal(1, site.Hits("/robots.txt"));
        Assert.Equal("/robots.txt", site.Requests.First());
    }

    [Fact]
    public async Task GetRobots_ResolvesSitemapsToAbsoluteUrls()
    {
        await using var site = await TestSite.StartAsync(Robots);
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider());

        var robots = await fetcher.GetRobotsAsync(site.Url("/page/anything"), CancellationToken.None);

        Assert.Equal([site.Url("/sitemap-index.xml"), new Uri("https://cdn.example.org/products.xml")], robots.Sitemaps);
    }

    [Fact]
    public async Task Fetch_RobotsMissing_AllowsEverything()
    {
        await using var site = await TestSite.StartAsync(robotsTxt: null);
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(site.Url("/page/private/secret"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(1, site.Hits("/robots.txt"));
    }

    [Fact]
    public async Task Fetch_RobotsServerError_IsTreatedAsAllowAll()
    {
        await using var site = await TestSite.StartAsync("User-agent: *\nDisallow: /\n", robotsStatus: 500);
        var time = new WatchedTimeProvider();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), time);

        var result = await time.RunAsync(fetcher.FetchAsync(site.Url("/page/x"), CancellationToken.None), TestOptions.LongTimeout);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(3, site.Hits("/robots.txt"));
    }

    [Fact]
    public async Task Fetch_RobotsTxtOlderThan24Hours_IsFetchedAgain()
    {
        await using var site = await TestSite.StartAsync(Robots);
        var time = new WatchedTimeProvider();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast() with { RobotsCacheLifetime = TimeSpan.FromDays(7) }, time);

        await fetcher.FetchAsync(site.Url("/page/1"), CancellationToken.None);
        time.Fake.Advance(TimeSpan.FromHours(23));
        await fetcher.FetchAsync(site.Url("/page/2"), CancellationToken.None);
        var hitsWithinADay = site.Hits("/robots.txt");
        time.Fake.Advance(TimeSpan.FromHours(1));
        await fetcher.FetchAsync(site.Url("/page/3"), CancellationToken.None);

        // A lifetime of a week was asked for, but robots.txt is never trusted for more than 24 hours.
        Assert.Equal(1, hitsWithinADay);
        Assert.Equal(2, site.Hits("/robots.txt"));
    }
}
