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
    public async Task Crawl_OnThreeSilos_StoresEveryProductOnce_HoldsTheHostLimit_AndLoadsRobotsOnce()
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
        // robots.txt twice for the whole cluster: the lead's sitemap reader reads it as a page, and one silo loads it for
        // its rules, which the others read from the host's grain (each share used to load its own: 4 requests here).
        Assert.Equal(2, store.RequestsByPath.GetValueOrDefault("/robots.txt"));
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
    /// A silo that becomes a member after the run was dispatched gets a follower's share of it at the retailer grain's
    /// next watchdog tick (it used to wait for a next round, which a healthy crawl never has). The store answers each
    /// page after 100 ms, so the crawl outlasts the silo's start by far.
    /// </summary>
    [Fact]
    public async Task Crawl_SiloStartedAfterSubmit_JoinsTheRunningCrawl()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        await using var store = await TestStores.StartAsync(
            new DemoStoreOptions { ProductCount = 300, Faults = new DemoFaults { Latency = TimeSpan.FromMilliseconds(100) } },
            guard.Token);
        await using var harness = await ClusterHarness.StartAsync(2, HostConcurrency, guard.Token);
        var retailer = harness.Cluster.Client.GetGrain<IRetailerGrain>(SiteIdentity.RetailerKey(store.BaseUrl));
        var productsServed = store.WhenServedAsync(p => p.Contains("/products/", StringComparison.Ordinal), 10, guard.Token);

        await retailer.SubmitAsync(new ClusterSubmission { Url = store.BaseUrl.AbsoluteUri, Concurrency = HostConcurrency });
        await productsServed;
        await harness.Cluster.StartAdditionalSiloAsync();
        var status = await ClusterAssert.WaitUntilEndedAsync(retailer, guard.Token);

        Assert.Equal(ClusterRunState.Completed, status.State);
        Assert.Equal(1, status.Rounds);
        Assert.True(status.WorkerRuns >= 3, $"expected the added silo to take a share of round 1, got {status.WorkerRuns} runs");
        await ClusterAssert.EveryProductOnceAsync(harness.Database, store, guard.Token);
        Assert.InRange(store.MaxConcurrentRequests, 1, HostConcurrency);
    }

    /// <summary>
    /// The race that made the late join open a new crawl: a follower's share (the watchdog's, for a silo that joined
    /// late) reaching a silo after the round's crawl completed. It joins only the round's crawl, so it starts nothing:
    /// the retailer keeps its one crawl, no run is added and the grain still reports the completed round.
    /// </summary>
    [Fact]
    public async Task Crawl_FollowerShareArrivingAfterTheCrawlCompleted_OpensNoCrawl()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        await using var store = await TestStores.StartAsync(productCount: 40, cancellationToken: guard.Token);
        await using var harness = await ClusterHarness.StartAsync(2, HostConcurrency, guard.Token);
        var retailer = harness.Cluster.Client.GetGrain<IRetailerGrain>(SiteIdentity.RetailerKey(store.BaseUrl));
        var submission = new ClusterSubmission { Url = store.BaseUrl.AbsoluteUri, Concurrency = HostConcurrency };
        await retailer.SubmitAsync(submission);
        var completed = await ClusterAssert.WaitUntilEndedAsync(retailer, guard.Token);
        Assert.Equal(ClusterRunState.Completed, completed.State);
        var before = await ClusterAssert.CrawlsAndRunsAsync(harness.Database, store, guard.Token);
        var requests = store.RequestsByPath.Values.Sum();

        var joined = new List<bool>();
        foreach (var silo in harness.Cluster.Silos)
        {
            var worker = harness.Cluster.Client.GetGrain<ICrawlWorkerGrain>(silo.SiloAddress.ToParsableString());
            joined.Add(await worker.JoinAsync(completed.Retailer, completed.Rounds, submission, new RoundCrawl(before.RetailerId, before.LatestCrawlId)));
        }

        Assert.All(joined, Assert.False);
        Assert.Equal(before, await ClusterAssert.CrawlsAndRunsAsync(harness.Database, store, guard.Token));
        Assert.Equal(requests, store.RequestsByPath.Values.Sum());
        var status = await retailer.GetStatusAsync();
        Assert.Equal(
            (ClusterRunState.Completed, completed.Rounds, completed.WorkerRuns, completed.EndedAt),
            (status.State, status.Rounds, status.WorkerRuns, status.EndedAt));
    }

    /// <summary>
    /// A killed silo loses the pages it had fetched and not yet stored (up to its concurrency), as kill -9 does; with
    /// each silo working as many pages as the host allows, that stays under 1% of the store's pages. When the killed
    /// silo is the one the retailer grain lives on (<paramref name="grainsSilo"/>), the grain is activated on a survivor
    /// from its persisted run state (the same run: its start time), its watchdog drops the dead silo from the round, and
    /// the run completes as well; before the run state was persisted, the new activation knew of no run ("Idle").
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Crawl_SiloKilledMidCrawl_CompletesWithEveryProductOnce_AndFewRefetches(bool grainsSilo)
    {
        const string RunReminders = "SELECT count(*) FROM OrleansRemindersTable WHERE ReminderName = 'run'";
        using var guard = new CancellationTokenSource(HangGuard);
        await using var store = await TestStores.StartAsync(productCount: 400, cancellationToken: guard.Token);
        await using var harness = await ClusterHarness.StartAsync(3, HostConcurrency, guard.Token);
        var retailer = harness.Cluster.Client.GetGrain<IRetailerGrain>(SiteIdentity.RetailerKey(store.BaseUrl));
        var productsServed = store.WhenServedAsync(p => p.Contains("/products/", StringComparison.Ordinal), 60, guard.Token);

        var submitted = await retailer.SubmitAsync(new ClusterSubmission { Url = store.BaseUrl.AbsoluteUri, Concurrency = HostConcurrency });
        await productsServed;
        Assert.Equal(1, await ClusterAssert.OrleansCountAsync(harness, RunReminders, guard.Token));
        var victim = grainsSilo
            ? harness.Cluster.Silos.Single(s => s.SiloAddress.ToParsableString() == submitted.Silo)
            : harness.Cluster.Silos.First(s => !ReferenceEquals(s, harness.Cluster.Primary) && s.SiloAddress.ToParsableString() != submitted.Silo);
        await harness.Cluster.KillSiloAsync(victim);
        var status = await ClusterAssert.WaitUntilEndedAsync(retailer, guard.Token);

        Assert.Equal(ClusterRunState.Completed, status.State);
        Assert.Equal((submitted.StartedAt, submitted.Url), (status.StartedAt, status.Url));
        Assert.Equal(grainsSilo, submitted.Silo != status.Silo);
        await ClusterAssert.EveryProductOnceAsync(harness.Database, store, guard.Token);
        ClusterAssert.FewRefetches(store);
        Assert.InRange(store.MaxConcurrentRequests, 1, HostConcurrency);
        Assert.Equal(0, await ClusterAssert.OrleansCountAsync(harness, RunReminders, guard.Token));
    }
}
