using System.Net;
using ShelfScout.Fetching.Network;
using ShelfScout.Fetching.Tests.Infrastructure;

namespace ShelfScout.Fetching.Tests;

/// <summary>Redirects are followed by the fetcher, one checked hop at a time, against a hostile loopback server.</summary>
public sealed class RedirectTests
{
    [Fact]
    public async Task Fetch_RedirectLoop_IsTooManyRedirectsNotHttp302()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(site.Url("/loop/a"), CancellationToken.None);

        Assert.Equal(FetchOutcome.TooManyRedirects, result.Outcome);
        Assert.StartsWith("too many redirects", result.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP 302", result.Describe(), StringComparison.Ordinal);
        Assert.Equal(1, site.Hits("/loop/a"));
        Assert.Equal(1, site.Hits("/loop/b"));
    }

    [Fact]
    public async Task Fetch_ChainLongerThanMaxRedirects_StopsAtTheLimit()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast() with { MaxRedirects = 3 }, new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(site.Url("/chain/6"), CancellationToken.None);

        Assert.Equal(FetchOutcome.TooManyRedirects, result.Outcome);
        Assert.Equal(0, site.Hits("/chain/1"));
        Assert.Equal(1, site.Hits("/chain/3"));
    }

    [Fact]
    public async Task Fetch_ChainWithinTheLimit_ReportsTheLastHopAsFinalUrl()
    {
        await using var site = await TestSite.StartAsync();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast() with { MaxRedirects = 3 }, new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(site.Url("/chain/3"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.Equal(site.Url("/chain/3"), result.RequestedUrl);
        Assert.Equal(site.Url("/chain/0"), result.FinalUrl);
    }

    [Fact]
    public async Task Fetch_RedirectIntoPathRobotsDisallows_IsRefusedWithoutRequestingIt()
    {
        await using var site = await TestSite.StartAsync("User-agent: *\nDisallow: /page/secret\n");
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(site.Url("/to?target=/page/secret"), CancellationToken.None);

        Assert.Equal(FetchOutcome.DisallowedByRobots, result.Outcome);
        Assert.Equal(site.Url("/page/secret"), result.FinalUrl);
        Assert.Equal(0, site.Hits("/page/secret"));
        Assert.Equal(1, fetcher.Statistics.DisallowedByRobots);
    }

    [Fact]
    public async Task Fetch_RedirectToAnotherPortOfTheSameHost_IsOffSiteAndNotFollowed()
    {
        await using var store = await TestSite.StartAsync();
        await using var other = await TestSite.StartAsync();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider());

        var result = await fetcher.FetchAsync(store.Url("/to?target=" + Uri.EscapeDataString(other.Url("/page/x").AbsoluteUri)), CancellationToken.None);

        Assert.Equal(FetchOutcome.OffSiteRedirect, result.Outcome);
        Assert.Contains("off site", result.Describe(), StringComparison.Ordinal);
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task Fetch_LoopbackStartThenPrivateAddress_RefusedBeforeAnyConnection()
    {
        await using var site = await TestSite.StartAsync();
        var hook = new RecordingConnect();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider(), null, hook.Connect);

        var start = await fetcher.FetchAsync(site.Url("/page/start"), CancellationToken.None);
        var redirected = await fetcher.FetchAsync(site.Url("/to?target=" + Uri.EscapeDataString("http://10.0.0.1/admin")), CancellationToken.None);
        var direct = await fetcher.FetchAsync(new Uri("http://10.0.0.1/admin"), CancellationToken.None);
        var metadata = await fetcher.FetchAsync(new Uri("http://169.254.169.254/latest/meta-data/"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Ok, start.Outcome);
        Assert.False(redirected.IsSuccess);
        Assert.Equal(FetchOutcome.Blocked, direct.Outcome);
        Assert.Contains("10.0.0.1", direct.Describe(), StringComparison.Ordinal);
        Assert.Equal(FetchOutcome.Blocked, metadata.Outcome);
        Assert.All(hook.Connected, e => Assert.True(IPAddress.IsLoopback(e.Address), e.ToString()));
    }

    [Fact]
    public async Task Fetch_RobotsTxtRedirectingToPrivateAddress_RefusedAtTheHookAndPageStillFetched()
    {
        await using var site = await TestSite.StartAsync(robotsRedirect: "http://10.0.0.1/robots.txt");
        var hook = new RecordingConnect();
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider(), null, hook.Connect);

        var result = await fetcher.FetchAsync(site.Url("/page/one"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.NotEmpty(hook.Connected);
        Assert.All(hook.Connected, e => Assert.True(IPAddress.IsLoopback(e.Address), e.ToString()));
    }

    [Fact]
    public async Task Fetch_HostNameResolvingOutsideTheScope_RefusedAtConnectTime()
    {
        await using var site = await TestSite.StartAsync();
        var hook = new RecordingConnect();
        // A public-only crawl: "localhost" is a name, so only the connect callback's DNS answer can show it is loopback.
        var options = TestOptions.Fast() with { NetworkScope = AddressClass.Public, MaxRetries = 3 };
        using var fetcher = new HttpPageFetcher(options, new WatchedTimeProvider(), null, hook.Connect);

        var result = await fetcher.FetchAsync(new Uri($"http://localhost:{site.BaseUrl.Port}/page/x"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Blocked, result.Outcome);
        Assert.Contains("loopback", result.Describe(), StringComparison.Ordinal);
        Assert.Empty(hook.Connected);
        Assert.Empty(site.Requests);
        Assert.Equal(0, fetcher.Statistics.Retries);
    }

    [Fact]
    public async Task Fetch_AllowPrivateNetwork_ConnectsWhereverTheHostResolves()
    {
        await using var site = await TestSite.StartAsync();
        var hook = new RecordingConnect();
        var options = TestOptions.Fast() with { NetworkScope = AddressClass.Public, AllowPrivateNetwork = true };
        using var fetcher = new HttpPageFetcher(options, new WatchedTimeProvider(), null, hook.Connect);

        var result = await fetcher.FetchAsync(site.Url("/page/x"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Ok, result.Outcome);
        Assert.NotEmpty(hook.Connected);
    }

    [Fact]
    public async Task Fetch_RedirectToTheWwwHostOfTheSameSite_ObeysThatHostsRobotsTxt()
    {
        // shop.test and www.shop.test are two origins (two robots.txt files) of one site, both answered by the server.
        await using var site = await TestSite.StartAsync(robotsTxt: "User-agent: *\nAllow: /\n", wwwRobotsTxt: "User-agent: *\nDisallow: /page/\n");
        var hook = new RecordingConnect();
        var dns = RecordingConnect.Resolver(new Dictionary<string, string> { ["shop.test"] = "127.0.0.1", ["www.shop.test"] = "127.0.0.1" });
        using var fetcher = new HttpPageFetcher(TestOptions.Fast(), new WatchedTimeProvider(), null, hook.Connect, dns);
        var port = site.BaseUrl.Port;

        var direct = await fetcher.FetchAsync(new Uri($"http://shop.test:{port}/page/open"), CancellationToken.None);
        var redirected = await fetcher.FetchAsync(new Uri($"http://shop.test:{port}/to?target=" + Uri.EscapeDataString($"http://www.shop.test:{port}/page/secret")), CancellationToken.None);

        Assert.Equal(FetchOutcome.Ok, direct.Outcome);
        Assert.Equal(FetchOutcome.DisallowedByRobots, redirected.Outcome);
        Assert.Equal(new Uri($"http://www.shop.test:{port}/page/secret"), redirected.FinalUrl);
        Assert.Equal(0, site.Hits("/page/secret"));
        Assert.Equal(2, site.Hits("/robots.txt"));
    }

    [Fact]
    public async Task Fetch_NameWhoseDnsAnswerIsPrivate_RefusedAtConnectTimeWithoutAConnection()
    {
        await using var site = await TestSite.StartAsync();
        var hook = new RecordingConnect();
        // A loopback crawl; the store's page links a name whose DNS answer is a private address (DNS rebinding).
        var dns = RecordingConnect.Resolver(new Dictionary<string, string> { ["rebind.test"] = "10.0.0.1" });
        var options = TestOptions.Fast() with { NetworkScope = AddressClass.Loopback };
        using var fetcher = new HttpPageFetcher(options, new WatchedTimeProvider(), null, hook.Connect, dns);

        var start = await fetcher.FetchAsync(site.Url("/page/start"), CancellationToken.None);
        var rebound = await fetcher.FetchAsync(new Uri("http://rebind.test/admin"), CancellationToken.None);

        Assert.Equal(FetchOutcome.Ok, start.Outcome);
        Assert.Equal(FetchOutcome.Blocked, rebound.Outcome);
        Assert.Contains("10.0.0.1", rebound.Describe(), StringComparison.Ordinal);
        Assert.All(hook.Connected, e => Assert.True(IPAddress.IsLoopback(e.Address), e.ToString()));
    }
}
