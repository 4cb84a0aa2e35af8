using ShelfScout.DemoRetailer;
using ShelfScout.Orchestration;

namespace ShelfScout.Orchestration.Tests;

/// <summary>One run of a retailer at a time: a run is refused while another run (here, one on another machine) holds the retailer.</summary>
public sealed class RunLockTests
{
    [Fact]
    public async Task Run_WhileAnotherRunHoldsTheRetailer_IsRefusedAndRecorded_ThenRunsOnceItIsReleased()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 6, Seed = 3 });
        var retailer = await harness.Store.UpsertRetailerAsync("Demo", harness.Demo.BaseUrl, CancellationToken.None);
        const string elsewhere = "other-machine:4242:7";
        Assert.True(await harness.Store.TryLockRetailerAsync(retailer.Id, elsewhere, TimeSpan.FromMinutes(2), DateTimeOffset.UtcNow, CancellationToken.None));

        var refused = await Assert.ThrowsAsync<RetailerBusyException>(() => harness.RunAsync());

        Assert.Contains("is being crawled by another run", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await harness.Store.GetUnfinishedRunsAsync(retailer.Id, CancellationToken.None));
        Assert.Equal(0, (await harness.Store.CountAsync(retailer.Id, CancellationToken.None)).Products);

        await harness.Store.UnlockRetailerAsync(retailer.Id, elsewhere, CancellationToken.None);
        var summary = await harness.RunAsync();
        Assert.Equal(6, summary.Totals.Products);

        // The finished run gave the lock back: the other machine can take it again.
        Assert.True(await harness.Store.TryLockRetailerAsync(retailer.Id, elsewhere, TimeSpan.FromMinutes(2), DateTimeOffset.UtcNow, CancellationToken.None));
    }
}
