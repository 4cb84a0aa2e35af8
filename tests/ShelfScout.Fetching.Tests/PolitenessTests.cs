using ShelfScout.Fetching.Tests.Infrastructure;

namespace ShelfScout.Fetching.Tests;

public sealed class PolitenessTests
{
    [Fact]
    public async Task Fetch_ManyConcurrentCallers_NeverExceedPerHostConcurrency()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast() with { PerHostConcurrency = 2, Concurrency = 8 }, new WatchedTimeProvider());

        var results = await Task.WhenAll(Enumerable.Range(0, 12)
            .Select(i => fetcher.FetchAsync(site.Url($"/busy/{i}"), CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(FetchOutcome.Ok, r.Outcome));
        Assert.InRange(site.Tracker.Max, 1, 2);
    }

    [Fact]
    public async Task Fetch_TwoHosts_NeverExceedGlobalConcurrency()
    {
        var tracker = new InFlightTracker();
        await using var first = await TestSite.StartAsync(tracker: tracker);
        await using var second = await TestSite.StartAsync(tracker: tracker);
        var options = TestOptions.Fast() with { PerHostConcurrency = 3, Concurrency = 2, RespectRobotsTxt = false };
        using var fetcher = new HttpPageFetcher(options, new WatchedTimeProvider());

        var urls = Enumerable.Range(0, 8).SelectMany(i => new[] { first.Url($"/busy/{i}"), second.Url($"/busy/{i}") });
        var results = await Task.WhenAll(urls.Select(u => fetcher.FetchAsync(u, CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(FetchOutcome.Ok, r.Outcome));
        Assert.InRange(tracker.Max, 1, 2);
    }

    [Fact]
    public async Task Fetch_PerHostDelay_SecondRequestWaitsForTheGap()
    {
        await using var site = await TestSite.StartAsync();
        var time = new WatchedTimeProvider();
        var options = TestOptions.Fast() with { PerHostDelay = TimeSpan.FromSeconds(3), RespectRobotsTxt = false };
        using var fetcher = new HttpPageFetcher(options, time);

        var first = await fetcher.FetchAsync(site.Url("/page/1"), CancellationToken.None);
        var second = fetcher.FetchAsync(site.Url("/page/2"), CancellationToken.None);
        var wait = await time.NextWaitAsync(TestOptions.LongTimeout);

        Assert.Equal(FetchOutcome.Ok, first.Outcome);
        Assert.Equal(options.PerHostDelay, wait);
        Assert.DoesNotContain("/page/2", site.Requests);
        time.Fake.Advance(wait);
        Assert.Equal(FetchOutcome.Ok, (await second.WaitAsync(TimeSpan.FromSeconds(5))).Outcome);
        Assert.Contains("/page/2", site.Requests);
    }

    [Fact]
    public async Task Fetch_CrawlDelayLongerThanPerHostDelay_IsHonoured()
    {
        await using var site = await TestSite.StartAsync("User-agent: *\nCrawl-delay: 10\n");
        var time = new WatchedTimeProvider();
        var options = TestOptions.Fast() with { PerHostDelay = TimeSpan.FromSeconds(1) };
        using var fetcher = new HttpPageFetcher(options, time);

        // robots.txt itself was a request start, so even the first page waits out the crawl delay.
        var first = fetcher.FetchAsync(site.Url("/page/1"), CancellationToken.None);
        var firstWait = await time.NextWaitAsync(TestOptions.LongTimeout);
        time.Fake.Advance(firstWait);
        await first.WaitAsync(TimeSpan.FromSeconds(5));
        var second = fetcher.FetchAsync(site.Url("/page/2"), CancellationToken.None);
        var secondWait = await time.NextWaitAsync(TestOptions.LongTimeout);

        Assert.Equal(TimeSpan.FromSeconds(10), firstWait);
        Assert.Equal(TimeSpan.FromSeconds(10), secondWait);
        Assert.DoesNotContain("/page/2", site.Requests);
        time.Fake.Advance(secondWait);
        Assert.Equal(FetchOutcome.Ok, (await second.WaitAsync(TimeSpan.FromSeconds(5))).Outcome);
    }
}
