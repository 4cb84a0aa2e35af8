using System.Collections.Concurrent;
using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Runs;

namespace ShelfScout.Orchestration.Tests;

/// <summary>The crawl stages tell the progress display how many pages are done of those discovered, so the bar moves.</summary>
public sealed class ProgressTests
{
    [Fact]
    public async Task CrawlStages_ReportPagesDoneOfDiscovered_AndFinishWithEverythingDone()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 24, Seed = 3 });
        var reports = new ConcurrentQueue<AgentProgress>();
        var request = new RunRequest { Url = harness.Demo.BaseUrl, RetailerName = "Demo", Reviews = false, Limits = new Agents.AgentLimits { Concurrency = 2 } };

        await harness.Orchestrator.RunAsync(request, new SynchronousProgress(reports.Enqueue), CancellationToken.None);

        var products = reports.Where(r => r.Stage == Stage.Products && r.Total is > 0 && r.Activity.EndsWith(" pages", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(products);
        Assert.All(products, r => Assert.InRange(r.Done, 0, r.Total!.Value));
        Assert.Contains(reports, r => r.Stage == Stage.Categories && r.Total is > 0 && r.Activity.EndsWith(" pages", StringComparison.Ordinal));
    }

    private sealed class SynchronousProgress(Action<AgentProgress> report) : IProgress<AgentProgress>
    {
        public void Report(AgentProgress value) => report(value);
    }
}
