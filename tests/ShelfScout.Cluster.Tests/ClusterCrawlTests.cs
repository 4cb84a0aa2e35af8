using ShelfScout.Cluster.Contracts;
using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Sites;
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
        var status = await ClusterAssert.WaitUntilEndedAsync(retailer, guard.Token);

        Assert.Equal(ClusterRunState.Running, submitted.State);
        Assert.Null(submitted.EndedAt);
        Assert.Equal(ClusterRunState.Completed, status.State);
        Assert.True(status.EndedAt >= status.StartedAt, $"run from {status.StartedAt} to {status.EndedAt}");
        Assert.True(status.WorkerRuns >= 3, $"expected a share on every silo, got {status.WorkerRuns} runs");
        Assert.Null(status.Error); // no share refused or failed (the per-run retailer lock once refused every share but the lead's)
        await ClusterAssert.EveryProductOnceAsync(harness.Database, store, guard.Token);
        Assert.InRange(store.MaxConcurrentRequests, 1, HostConcurrency);
    }

    /// <summary>Three stores submitted together share the three silos; each store's own host limit holds.</summary>
    [Fact]
    public async Task Crawl_ThreeStoresAtOnce_EachStoresEveryProductOnce_AndEachHostLimitHolds()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        var stores = new List<DemoStore>();
        try
        {
            foreach (var (seed, theme) in new[] { (7, DemoTheme.JsonLd), (8, DemoTheme.Microdata), (9, DemoTheme.Plain) })
            {
                stores.Add(await TestStores.StartAsync(seed: seed, productCount: 60, theme: theme, cancellationToken: guard.Token));
            }

            await using var harness = await ClusterHarness.StartAsync(3, HostConcurrency, guard.Token);
            var retailers = stores.Select(s => harness.Cluster.Client.GetGrain<IRetailerGrain>(SiteIdentity.RetailerKey(s.BaseUrl))).ToList();

            await Task.WhenAll(stores.Select((s, i) => retailers[i].SubmitAsync(new ClusterSubmission { Url = s.BaseUrl.AbsoluteUri, Concurrency = HostConcurrency })));
            var statuses = await Task.WhenAll(retailers.Select(r => ClusterAssert.WaitUntilEndedAsync(r, guard.Token)));

            Assert.All(statuses, s => Assert.Equal(ClusterRunState.Completed, s.State));
            foreach (var store in stores)
            {
                await ClusterAssert.EveryProductOnceAsync(harness.Database, store, guard.Token);
                Assert.InRange(store.MaxConcurrentRequests, 1, HostConcurrency);
            }
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
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
        var status = await ClusterAssert.WaitUntilEndedAsync(retailer, guard.Token);

        Assert.Equal(ClusterRunState.Completed, status.State);
        await ClusterAssert.EveryProductOnceAsync(harness.Database, store, guard.Token);
        ClusterAssert.FewRefetches(store);
        Assert.InRange(store.MaxConcurrentRequests, 1, HostConcurrency);
    }
}
