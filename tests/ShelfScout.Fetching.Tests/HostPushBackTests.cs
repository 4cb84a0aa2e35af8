using ShelfScout.Fetching.Politeness;
using ShelfScout.Fetching.Tests.Infrastructure;

namespace ShelfScout.Fetching.Tests;

/// <summary>A 429 or 503 slows every request to the host, and retries never come back within milliseconds.</summary>
public sealed class HostPushBackTests
{
    [Fact]
    public async Task Fetch_TooManyRequests_HoldsBackOtherUrlsOnTheSameHost()
    {
        await using var site = await TestSite.StartAsync();
        var time = new WatchedTimeProvider();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast() with { RespectRobotsTxt = false }, time);

        var throttled = fetcher.FetchAsync(site.Url("/throttled"), CancellationToken.None);
        var retryWait = await time.NextWaitAsync(TestOptions.LongTimeout);
        var other = fetcher.FetchAsync(site.Url("/page/other"), CancellationToken.None);
        var otherWait = await time.NextWaitAsync(TestOptions.LongTimeout);

        Assert.Equal(TimeSpan.FromSeconds(TestSite.RetryAfterSeconds), retryWait);
        Assert.Equal(TimeSpan.FromSeconds(TestSite.RetryAfterSeconds), otherWait);
        Assert.Equal(0, site.Hits("/page/other"));
        time.Fake.Advance(otherWait);
        Assert.Equal(FetchOutcome.Ok, (await other.WaitAsync(TimeSpan.FromSeconds(5))).Outcome);
        Assert.Equal(FetchOutcome.Ok, (await throttled.WaitAsync(TimeSpan.FromSeconds(5))).Outcome);
    }

    [Fact]
    public async Task Fetch_ServerErrorWithDefaultBackoff_FirstRetryWaitsAtLeastTheBaseDelay()
    {
        await using var site = await TestSite.StartAsync();
        var time = new WatchedTimeProvider();
        var options = TestOptions.Fast() with { RetryBaseDelay = TimeSpan.FromSeconds(1), RespectRobotsTxt = false };
        using var fetcher = new HttpPageFetcher(options, time);

        var fetch = fetcher.FetchAsync(site.Url("/flaky/floor?fail=1"), CancellationToken.None);
        var wait = await time.NextWaitAsync(TestOptions.LongTimeout);
        time.Fake.Advance(wait);

        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.25));
        Assert.Equal(FetchOutcome.Ok, (await fetch.WaitAsync(TimeSpan.FromSeconds(5))).Outcome);
    }

    [Fact]
    public void Backoff_GrowsExponentiallyAndNeverDropsBelowTheBase()
    {
        for (var i = 0; i < 200; i++)
        {
            Assert.InRange(Backoff.Exponential(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.25));
            Assert.InRange(Backoff.Exponential(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5));
            Assert.Equal(TimeSpan.FromSeconds(30), Backoff.Exponential(20, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)));
        }
    }

    [Fact]
    public void HostClock_ConsecutivePushBacksWithoutRetryAfter_GrowUntilAnAnswerResetsThem()
    {
        var clock = new HostClock(autoThrottle: null);
        var now = DateTimeOffset.UnixEpoch;

        var first = clock.PushBack(now, retryAfter: null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        var second = clock.PushBack(now, retryAfter: null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        var startWait = clock.ReserveStart(now, TimeSpan.Zero);
        clock.Answered(TimeSpan.FromMilliseconds(10), ok: true);
        var afterReset = clock.PushBack(now, retryAfter: null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));

        Assert.InRange(first, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.25));
        Assert.InRange(second, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.5));
        Assert.Equal(second, startWait);
        Assert.InRange(afterReset, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.25));
    }

    [Fact]
    public void AutoThrottle_MovesHalfwayTowardsLatencyOverTargetAndErrorsNeverShortenIt()
    {
        var delay = new AutoThrottleDelay(targetConcurrency: 2, maxDelay: TimeSpan.FromSeconds(10));

        delay.Observe(TimeSpan.FromSeconds(4), ok: true);
        var afterSlow = delay.Current;
        delay.Observe(TimeSpan.Zero, ok: true);
        var afterFast = delay.Current;
        delay.Observe(TimeSpan.Zero, ok: false);
        var afterError = delay.Current;
        delay.Observe(TimeSpan.FromMinutes(5), ok: true);

        Assert.Equal(TimeSpan.FromSeconds(2), afterSlow);
        Assert.Equal(TimeSpan.FromSeconds(1), afterFast);
        Assert.Equal(afterFast, afterError);
        Assert.Equal(TimeSpan.FromSeconds(10), delay.Current);
        Assert.Equal(TimeSpan.FromSeconds(20), delay.Gap(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task Fetch_AllFaultsAtOnce_EveryPageArrivesWithinTheRetryBudget()
    {
        await using var site = await TestSite.StartAsync();
        var time = new WatchedTimeProvider();
        var options = TestOptions.Fast() with { RespectRobotsTxt = false, MaxRetries = 3, PerHostConcurrency = 4 };
        using var fetcher = new HttpPageFetcher(options, time);
        string[] faults = ["kind=503&times=1", "kind=429&times=1", "kind=reset&times=1", "kind=500&times=2", "kind=200&times=0"];
        var urls = Enumerable.Range(0, 30).Select(i => site.Url($"/faulty/p{i}?{faults[i % faults.Length]}")).ToList();

        var results = await time.RunAsync(Task.WhenAll(urls.Select(u => fetcher.FetchAsync(u, CancellationToken.None))), TestOptions.LongTimeout);

        Assert.All(results, r => Assert.True(r.IsSuccess, $"{r.RequestedUrl}: {r.Describe()}"));
        Assert.Equal(0, fetcher.Statistics.Failures);
        Assert.Equal(6 * 1 + 6 * 1 + 6 * 1 + 6 * 2, fetcher.Statistics.Retries);
    }
}
