using ShelfScout.Cluster.Contracts;
using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Sites;
using ShelfScout.Storage.Hosting;
using ShelfScout.Testing;

namespace ShelfScout.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ClusterCrawlTests
{
    private const int HostConcurrency = 2;
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Crawl_OnThreeSilos_StoresEveryProductOnce_AndHoldsTheHostLimit()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        await using var store = await TestStores.StartAsync(productCount: 120, cancellationToken: guard.Token);
        await using var harness = await ClusterHarness.StartAsync(3, HostConcurrency, guard.Token);
        var retailer = harness.Cluster.Client.GetGrain<IRetailerGrain>(SiteIdentity.RetailerKey(store.BaseUrl));

        var submitted = await retailer.SubmitAsync(new ClusterSubmission { Url = store.BaseUrl.AbsoluteUri, Concurrency = 4 });
        var status = await WaitUntilEndedAsync(retailer, guard.Token);

        Assert.Equal(ClusterRunState.Running, submitted.State);
        Assert.Equal(ClusterRunState.Completed, status.State);
        Assert.True(status.WorkerRuns >= 3, $"expected a share on every silo, got {status.WorkerRuns} runs");
        await AssertEveryProductOnceAsync(harness.Database, store, guard.Token);
        Assert.InRange(store.MaxConcurrentRequests, 1, HostConcurrency);
    }

    /// <summary>
    /// A killed silo loses the pages it had fetched and not yet stored (up to its concurrency), as kill -9 does; with
    /// each silo working as many pages as the host allows, that stays under 1% of the store's pages.
    /// </summary>
    [Fact]
    public async Task Crawl_SiloKilledMidCrawl_CompletesWithEveryProductOnce_AndFewRefetches()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        await using var store = await TestStores.StartAsync(productCount: 400, cancellationToken: guard.Token);
        await using var harness = await ClusterHarness.StartAsync(3, HostConcurrency, guard.Token);
        var retailer = harness.Cluster.Client.GetGrain<IRetailerGrain>(SiteIdentity.RetailerKey(store.BaseUrl));
        var productsServed = store.WhenServedAsync(p => p.Contains("/products/", StringComparison.Ordinal), 60, guard.Token);

        var submitted = await retailer.SubmitAsync(new ClusterSubmission { Url = store.BaseUrl.AbsoluteUri, Concurrency = HostConcurrency });
        await productsServed;
        var victim = harness.Cluster.Silos.First(s =>
            !ReferenceEquals(s, harness.Cluster.Primary) && s.SiloAddress.ToParsableString() != submitted.Silo);
        await harness.Cluster.KillSiloAsync(victim);
        var status = await WaitUntilEndedAsync(retailer, guard.Token);

        Assert.Equal(ClusterRunState.Completed, status.State);
        await AssertEveryProductOnceAsync(harness.Database, store, guard.Token);
        var pages = store.RequestsByPath.Where(p => p.Key != "/robots.txt").ToList();
        var twice = pages.Count(p => p.Value > 1);
        Assert.True(twice * 100 <= pages.Count, $"{twice} of {pages.Count} pages fetched more than once: {string.Join(", ", pages.Where(p => p.Value > 1).Select(p => $"{p.Key} x{p.Value}"))}");
        Assert.InRange(store.MaxConcurrentRequests, 1, HostConcurrency);
    }

    private static async Task<ClusterRunStatus> WaitUntilEndedAsync(IRetailerGrain retailer, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var status = await retailer.WaitAsync(TimeSpan.FromSeconds(10)).WaitAsync(cancellationToken);
            if (status.State != ClusterRunState.Running)
            {
                return status;
            }
        }
    }

    private static async Task AssertEveryProductOnceAsync(string database, DemoStore store, CancellationToken cancellationToken)
    {
        await using var shelf = await ShelfStoreFactory.OpenAsync(database, TimeProvider.System, cancellationToken);
        var retailer = Assert.Single(await shelf.GetRetailersAsync(cancellationToken));
        var refs = await shelf.GetProductRefsAsync(retailer.Id, cancellationToken);
        Assert.Equal(store.Catalog.Products.Count, refs.Count);
        Assert.Equal(refs.Count, refs.Select(r => r.Url).Distinct(StringComparer.Ordinal).Count());
    }
}
