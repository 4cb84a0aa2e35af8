using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Orchestration.Tests;

/// <summary>
/// Two runs crawling one crawl (a cluster's shares, in one process): every page is slower than the frontier lease, so a
/// run whose claim loop renewed its leases only between claims (blocked on its full hand-off queue while both workers
/// wait for pages) let them lapse and the other run fetched those pages again. Leases are renewed on their own timer.
/// Product pages are counted: a page whose template has no role yet may wait once and is then fetched again by design
/// (see SiteRoles), and the demo's product pages, named by their markup, never wait.
/// </summary>
public sealed class SharedCrawlLeaseTests
{
    [Fact]
    public async Task TwoRunsOnOneCrawl_PagesSlowerThanTheLease_EveryProductPageFetchedOnce()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions
        {
            ProductCount = 16,
            Seed = 11,
            Faults = new DemoFaults { Latency = TimeSpan.FromMilliseconds(500) },
        });
        var limits = new Agents.AgentLimits { Concurrency = 2, FrontierLease = TimeSpan.FromMilliseconds(400) };

        var lead = harness.RunAsync(r => r with { Prices = false, Reviews = false, Limits = limits, ClusterShare = true });
        var (retailerId, crawlId) = await OpenCrawlAsync(harness, guard.Token);
        var follower = await harness.RunAsync(r => r with
        {
            Prices = false, Reviews = false, Limits = limits, ClusterShare = true, RetailerId = retailerId, JoinCrawlId = crawlId,
        });
        var first = await lead.WaitAsync(guard.Token);

        Assert.Equal(RunStatus.Succeeded, first.Status);
        Assert.Equal(RunStatus.Succeeded, follower.Status);
        Assert.Equal(harness.Demo.Catalog.Products.Count, harness.Demo.RequestsByPath.Count(p => p.Key.StartsWith("/products/", StringComparison.Ordinal)));
        var twice = harness.Demo.RequestsByPath.Where(p => p.Key.StartsWith("/products/", StringComparison.Ordinal) && p.Value > 1).Select(p => $"{p.Key} x{p.Value}").ToList();
        Assert.True(twice.Count == 0, $"fetched more than once: {string.Join(", ", twice)}");
        Assert.Equal(harness.Demo.Catalog.Products.Count, (await harness.Store.GetProductRefsAsync(retailerId, guard.Token)).Count);
    }

    /// <summary>
    /// The lead run's crawl once its sitemaps are read (a page of it was claimed: the start page is queued after them) and
    /// its frontier has queued pages for a second run to take.
    /// </summary>
    private static async Task<(long RetailerId, long CrawlId)> OpenCrawlAsync(PipelineHarness harness, CancellationToken cancellationToken)
    {
        while (true)
        {
            foreach (var retailer in await harness.Store.GetRetailersAsync(cancellationToken))
            {
                if (await harness.Store.GetLatestCrawlAsync(retailer.Id, cancellationToken) is { Status: not CrawlStatus.Complete } crawl
                    && await harness.Store.CountFrontierAsync(crawl.Id, cancellationToken) is { Queued: >= 2 } counts
                    && counts.InProgress + counts.Done > 0)
                {
                    return (retailer.Id, crawl.Id);
                }
            }

            await Task.Delay(20, cancellationToken);
        }
    }
}
