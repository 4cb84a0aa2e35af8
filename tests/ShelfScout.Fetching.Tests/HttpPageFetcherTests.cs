using System.Text;
using ShelfScout.Fetching.Tests.Infrastructure;

namespace ShelfScout.Fetching.Tests;

public sealed class HttpPageFetcherTests
{
    [Fact]
    public async Task Fetch_OkPage_ReturnsBodyContentTypeAndCountsBytes()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(site.Url("/page/one"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(200, result.StatusCode);
        Assert.StartsWith("text/html", result.ContentType, StringComparison.Ordinal);
        Assert.Equal("<html><body>page one</body></html>", Encoding.UTF8.GetString(result.Body.Span));
        Assert.Equal(result.Body.Length, fetcher.Statistics.Bytes);
        Assert.Equal(0, fetcher.Statistics.Failures);
    }

    [Fact]
    public async Task Fetch_SendsConfiguredUserAgent()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(site.Url("/user-agent"), CancellationToken.None);

        Assert.Equal(FetchOptions.DefaultUserAgent, Encoding.UTF8.GetString(result.Body.Span));
    }

    [Fact]
    public async Task Fetch_Redirect_FollowsItAndReportsFinalUrl()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(site.Url("/redirect"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(site.Url("/redirect"), result.RequestedUrl);
        Assert.Equal(site.Url("/page/landed"), result.FinalUrl);
    }

    [Fact]
    public async Task Fetch_GzipEncodedBody_IsDecompressed()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(site.Url("/gzip"), CancellationToken.None);

        Assert.Equal("<html>compressed body</html>", Encoding.UTF8.GetString(result.Body.Span));
    }

    [Fact]
    public async Task Fetch_NotFound_IsHttpErrorWithoutRetry()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(site.Url("/missing"), CancellationToken.None);

        Assert.Equal(FetchOutcome.HttpError, result.Outcome);
        Assert.Equal(404, result.StatusCode);
        Assert.Equal("HTTP 404", result.Describe());
        Assert.Equal(1, site.Hits("/missing"));
        Assert.Equal(1, fetcher.Statistics.Failures);
    }

    [Fact]
    public async Task Fetch_NonHttpUrl_IsAFailedResultNotAnException()
    {
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(new Uri("mailto:shop@example.com"), CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(0, fetcher.Statistics.Requests);
    }

    [Fact]
    public async Task Fetch_ChunkedBodyOverCap_StopsWithTooLarge()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast() with { MaxResponseBytes = 50_000 }, new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(site.Url("/huge"), CancellationToken.None);

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
        Assert.True(result.Body.IsEmpty);
        Assert.Equal(1, site.Hits("/huge"));
    }

    [Fact]
    public async Task Fetch_DeclaredContentLengthOverCap_IsTooLarge()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast() with { MaxResponseBytes = 50_000 }, new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(site.Url("/huge-declared"), CancellationToken.None);

        Assert.Equal(FetchOutcome.TooLarge, result.Outcome);
    }

    [Fact]
    public async Task Fetch_BodyWithinCap_IsReadWhole()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast() with { MaxResponseBytes = TestSite.HugeBodyBytes + 8192 }, new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(site.Url("/huge"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.True(result.Body.Length >= TestSite.HugeBodyBytes);
    }

    [Fact]
    public async Task Fetch_CallerCancels_ThrowsOperationCanceled()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider());
        using var cts = new CancellationTokenSource();

        var fetch = fetcher.FetchAsync(site.Url("/slow"), cts.Token);
        await site.SlowArrived.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
    }
}
