using ShelfScout.Cluster.Contracts;

namespace ShelfScout.Cluster.Tests;

/// <summary>
/// The host grain's grants on a real three-silo cluster. Only the start times the grain hands out are compared, never
/// how long anything took.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class HostGrainTests
{
    private static readonly TimeSpan CrawlDelay = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Acquire_AfterOneSiloPassedACrawlDelay_SpacesEveryLaterGrantByIt()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var harness = await ClusterHarness.StartAsync(3, hostConcurrency: 2, guard.Token);
        var grain = harness.Cluster.Client.GetGrain<IHostGrain>("crawl-delay.example");

        // One silo has read robots.txt (Crawl-delay: 30); the others have not yet and pass no gap of their own.
        var first = await grain.AcquireAsync("silo-a/1", CrawlDelay);
        var second = await grain.AcquireAsync("silo-b/1", TimeSpan.Zero);
        Assert.NotNull(first);
        Assert.NotNull(second);
        await grain.ReleaseAsync(first.Slot, "silo-a/1");
        var third = await grain.AcquireAsync("silo-c/1", TimeSpan.Zero);

        Assert.NotNull(third);
        Assert.True(second.StartAt - first.StartAt >= CrawlDelay, $"second grant {second.StartAt - first.StartAt} after the first");
        Assert.True(third.StartAt - second.StartAt >= CrawlDelay, $"third grant {third.StartAt - second.StartAt} after the second");
    }
}
