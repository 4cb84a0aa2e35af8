using ShelfScout.Cluster.Contracts;
using ShelfScout.Domain.Sites;
using ShelfScout.Testing;

namespace ShelfScout.Cluster.Tests;

/// <summary>
/// A retailer's schedule on the cluster: grain state and a reminder in PostgreSQL. Each test's schedule is an hour
/// apart with its first due time a few seconds after it is set, so exactly one due time falls inside the test: every
/// fire beyond one would be a second silo's reminder, which the grain counts as a skipped due time.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ScheduleTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Schedule_OnThreeSilos_FiresOnceClusterWide_FromOneReminderRow()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        await using var store = await TestStores.StartAsync(productCount: 40, cancellationToken: guard.Token);
        await using var harness = await ClusterHarness.StartAsync(3, 2, guard.Token);
        var retailer = harness.Cluster.Client.GetGrain<IRetailerGrain>(SiteIdentity.RetailerKey(store.BaseUrl));
        var firstRequest = store.WhenServedAsync(_ => true, 1, guard.Token);

        var set = await retailer.ScheduleAsync(Hourly(store.BaseUrl, firstRunAfter: TimeSpan.FromSeconds(2)));
        await firstRequest;
        var run = await ClusterAssert.WaitUntilEndedAsync(retailer, guard.Token);
        var fired = await retailer.GetScheduleAsync();

        Assert.Equal("every 1h +2s", set.Schedule);
        Assert.Equal(ClusterRunState.Completed, run.State);
        Assert.Equal(1, fired.Fired);
        Assert.Equal(0, fired.Skipped);
        Assert.True(fired.NextDue > fired.LastFired, "the next due time is after the one that fired");
        Assert.Equal(1, await ClusterAssert.OrleansCountAsync(harness, "SELECT count(*) FROM OrleansRemindersTable WHERE ReminderName = 'schedule'", guard.Token));
        // The grain's two states: its schedule and its (ended) run; the run's reminder went when the run ended.
        Assert.Equal(2, await ClusterAssert.OrleansCountAsync(harness, "SELECT count(*) FROM OrleansStorage WHERE PayloadBinary IS NOT NULL OR PayloadJson IS NOT NULL", guard.Token));
        Assert.Equal(0, await ClusterAssert.OrleansCountAsync(harness, "SELECT count(*) FROM OrleansRemindersTable WHERE ReminderName = 'run'", guard.Token));
        await ClusterAssert.EveryProductOnceAsync(harness.Database, store, guard.Token);

        var removed = await retailer.UnscheduleAsync();
        Assert.Null(removed.Schedule);
        Assert.Equal(0, await ClusterAssert.OrleansCountAsync(harness, "SELECT count(*) FROM OrleansRemindersTable", guard.Token));
    }

    /// <summary>The silo the schedule was set on dies before the due time: the reminder (in PostgreSQL) fires on a survivor, which reads the persisted schedule.</summary>
    [Fact]
    public async Task Schedule_SiloThatSetItKilled_FiresOnASurvivor_WithItsPersistedState()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        await using var store = await TestStores.StartAsync(productCount: 40, cancellationToken: guard.Token);
        await using var harness = await ClusterHarness.StartAsync(3, 2, guard.Token);
        var retailer = harness.Cluster.Client.GetGrain<IRetailerGrain>(SiteIdentity.RetailerKey(store.BaseUrl));
        var firstRequest = store.WhenServedAsync(_ => true, 1, guard.Token);

        await retailer.ScheduleAsync(Hourly(store.BaseUrl, firstRunAfter: TimeSpan.FromSeconds(12)));
        var host = (await retailer.GetStatusAsync()).Silo;
        var victim = harness.Cluster.Silos.Single(s => s.SiloAddress.ToParsableString() == host);
        await harness.Cluster.KillSiloAsync(victim);
        await firstRequest;
        var run = await ClusterAssert.WaitUntilEndedAsync(retailer, guard.Token);
        var fired = await retailer.GetScheduleAsync();

        Assert.Equal(ClusterRunState.Completed, run.State);
        Assert.Equal(1, fired.Fired);
        Assert.Equal(0, fired.Skipped);
        Assert.NotEqual(host, fired.LastFiredOn);
        Assert.Equal("every 1h +12s", fired.Schedule);
        await ClusterAssert.EveryProductOnceAsync(harness.Database, store, guard.Token);
    }

    private static ClusterSchedule Hourly(Uri url, TimeSpan firstRunAfter) => new()
    {
        Submission = new ClusterSubmission { Url = url.AbsoluteUri, Concurrency = 2 },
        Every = TimeSpan.FromHours(1),
        Offset = firstRunAfter,
    };
}
