using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Runs;

namespace ShelfScout.Orchestration.Tests;

/// <summary>A flaky store: every fault at once, over real loopback HTTP.</summary>
public sealed class HostileStoreTests
{
    [Fact]
    public async Task AllFaultsAtOnce_EveryProductIsFoundWithExactPrices_AndNoPageIsLost()
    {
        // 10% 503, 10% 429, 5% resets and 10% slow answers; a path fails at most twice, so the fetcher's retry and the
        // crawl's final pass over failed pages must between them get every page.
        var faults = new DemoFaults
        {
            ServerErrors = 0.10,
            TooManyRequests = 0.10,
            RetryAfterSeconds = 0,
            Resets = 0.05,
            Delays = 0.10,
            Delay = TimeSpan.FromMilliseconds(200),
        };
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 500, Seed = 31, Faults = faults });

        var summary = await harness.RunAsync(r => r with { Reviews = false, Prices = false });

        Assert.True(summary.Errors.Count > 0, "the store injected no fault");
        Assert.Equal(0, summary.LostPages);
        Assert.Equal(RunStatus.Succeeded, summary.Status);
        Assert.Equal(harness.Demo.Catalog.ExpectedProducts, summary.Totals.Products);
        Assert.Equal(harness.Demo.Catalog.ExpectedCategories, summary.Totals.Categories);
        await EndToEndCrawlTests.AssertProductsMatchAsync(harness, harness.Demo.Catalog, day: 0);
    }
}
