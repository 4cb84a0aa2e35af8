using System.Net;
using System.Net.Sockets;
using System.Text;
using ShelfScout.Fetching.Tests.Infrastructure;

namespace ShelfScout.Fetching.Tests;

public sealed class ResilienceTests
{
    [Fact]
    public async Task Fetch_ServerErrorThenOk_RetriesAndSucceeds()
    {
        await using var site = await TestSite.StartAsync();
        var time = new WatchedTimeProvider();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), time);

        var result = await time.RunAsync(fetcher.FetchAsync(site.Url("/flaky/a?fail=2"), CancellationToken.None), TestOptions.LongTimeout);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal("recovered a", Encoding.UTF8.GetString(result.Body.Span));
        Assert.Equal(3, site.Hits("/flaky/a"));
        Assert.Equal(2, fetcher.Statistics.Retries);
        Assert.Equal(0, fetcher.Statistics.Failures);
    }

    [Fact]
    public async Task Fetch_PersistentServerError_GivesUpAfterMaxRetriesWithStatus()
    {
        await using var site = await TestSite.StartAsync();
        var time = new WatchedTimeProvider();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast() with { MaxRetries = 3 }, time);

        var result = await time.RunAsync(fetcher.FetchAsync(site.Url("/always500"), CancellationToken.None), TestOptions.LongTimeout);

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Equal(503, result.StatusCode);
        Assert.Equal(4, site.Hits("/always500"));
        Assert.Equal(1, fetcher.Statistics.Failures);
    }

    [Fact]
    public async Task Fetch_TooManyRequestsWithRetryAfter_WaitsWhatTheServerAsked()
    {
        await using var site = await TestSite.StartAsync();
        var time = new WatchedTimeProvider();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), time);

        var fetch = fetcher.FetchAsync(site.Url("/throttled"), CancellationToken.None);
        var wait = await time.NextWaitAsync(TestOptions.LongTimeout);

        // The backoff alone would be ~100 ms; the server's Retry-After: 5 must win.
        Assert.Equal(TimeSpan.FromSeconds(TestSite.RetryAfterSeconds), wait);
        Assert.Equal(1, site.Hits("/throttled"));
        time.Fake.Advance(wait);
        var result = await fetch.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(2, site.Hits("/throttled"));
    }

    [Fact]
    public async Task Fetch_ServerNeverAnswers_TimesOut()
    {
        await using var site = await TestSite.StartAsync();
        var time = new WatchedTimeProvider();
        var options = TestOptions.Fast() with { RequestTimeout = TimeSpan.FromSeconds(20), MaxRetries = 0 };
        using var fetcher = new HttpPageFetcher(options, time);

        var fetch = fetcher.FetchAsync(site.Url("/slow"), CancellationToken.None);
        await site.SlowArrived.Task.WaitAsync(TimeSpan.FromSeconds(5));
        time.Fake.Advance(options.RequestTimeout);
        var result = await fetch.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(FetchOutcome.Timeout, result.Outcome);
        Assert.Equal(1, fetcher.Statistics.Failures);
    }

    [Fact]
    public async Task Fetch_ConnectionRefused_RetriesThenReportsNetworkError()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var time = new WatchedTimeProvider();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast() with { RespectRobotsTxt = false }, time);

        var url = new Uri($"http://127.0.0.1:{port}/page/x");
        var result = await time.RunAsync(fetcher.FetchAsync(url, CancellationToken.None), TestOptions.LongTimeout);

        Assert.Equal(FetchOutcome.NetworkError, result.Outcome);
        Assert.False(string.IsNullOrEmpty(result.Error));
        Assert.Equal(2, fetcher.Statistics.Retries);
        Assert.Equal(3, fetcher.Statistics.Requests);
    }
}
