using ShelfScout.Fetching.Tests.Infrastructure;

namespace ShelfScout.Fetching.Tests;

/// <summary>A redirect to another host of the site is a first request to that host: its Crawl-delay holds for the hop.</summary>
public sealed class RedirectPolitenessTests
{
    [Fact]
    public async Task Fetch_RedirectToTheWwwHost_WaitsOutThatHostsCrawlDelayBeforeTheHop()
    {
        // shop.test asks for nothing; www.shop.test, the other origin of the site, asks for 10 s between requests.
        await using var site = await TestSite.StartAsync(robotsTxt: "User-agent: *\nAllow: /\n", wwwRobotsTxt: "User-agent: *\nCrawl-delay: 10\n");
        var hook = new RecordingConnect();
        var dns = RecordingConnect.Resolver(new Dictionary<string, string> { ["shop.test"] = "127.0.0.1", ["www.shop.test"] = "127.0.0.1" });
        var time = new WatchedTimeProvider();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), time, null, hook.Connect, dns);
        var port = site.BaseUrl.Port;
        var target = new Uri($"http://www.shop.test:{port}/page/slow");

        var redirected = fetcher.FetchAsync(new Uri($"http://shop.test:{port}/to?target=" + Uri.EscapeDataString(target.AbsoluteUri)), CancellationToken.None);
        var wait = await time.NextWaitAsync(TestOptions.LongTimeout);

        // www.shop.test's robots.txt was its first request start, so the hop waits the full crawl delay after it.
        Assert.Equal(TimeSpan.FromSeconds(10), wait);
        Assert.Equal(0, site.Hits("/page/slow"));
        time.Fake.Advance(wait);
        var result = await redirected.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(target, result.FinalUrl);
        Assert.Equal(1, site.Hits("/page/slow"));
    }
}
