using Microsoft.Data.Sqlite;
using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Orchestration.Tests;

/// <summary>A crawl lives in the store's frontier: an interrupted or limited run is continued by the next one.</summary>
public sealed class ResumeTests
{
    [Fact]
    public async Task InterruptedRun_IsMarkedInterrupted_AndTheNextRunFinishesWithoutRefetchingDonePages()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 150, Seed = 21 });
        var catalog = harness.Demo.Catalog;
        using var stop = new CancellationTokenSource();
        var request = new RunRequest { Url = harness.Demo.BaseUrl, RetailerName = "Demo", Prices = false, Reviews = false, Limits = new Agents.AgentLimits { Concurrency = 4 } };

        // Stop the first run once about a third of the products are stored, as Ctrl+C would.
        var progress = new StopAfter(Stage.Products, catalog.ExpectedProducts / 3, stop);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Orchestrator.RunAsync(request, progress, stop.Token));
        var productPaths = catalog.Products.Select(p => p.RelativeUrl).ToHashSet(StringComparer.Ordinal);
        var fetchedBefore = harness.Demo.RequestsByPath.Where(kv => productPaths.Contains(kv.Key)).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        var storedBefore = (await harness.Store.CountAsync(1, CancellationToken.None)).Products;
        Assert.InRange(storedBefore, 1, catalog.ExpectedProducts - 1);

        var second = await harness.Orchestrator.RunAsync(request, progress: null, CancellationToken.None);

        Assert.True(second.Resumed);
        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.Equal(catalog.ExpectedProducts, second.Totals.Products);
        await EndToEndCrawlTests.AssertProductsMatchAsync(harness, catalog, day: 0);
        var fetchedTwice = harness.Demo.RequestsByPath.Count(kv => fetchedBefore.Contains(kv.Key) && kv.Value > 1);
        Assert.True(fetchedTwice <= Math.Max(8, storedBefore / 100), $"{fetchedTwice} product pages fetched again of {storedBefore} done");
        Assert.Equal(CrawlStatus.Complete, (await harness.Store.GetLatestCrawlAsync(second.Retailer.Id, CancellationToken.None))!.Status);
        Assert.Equal(["Interrupted", "Succeeded"], await RunStatusesAsync(harness));
    }

    [Fact]
    public async Task InterruptedRunWithPricesAndReviews_IsResumedWithEveryProductPageFetchedOnce()
    {
        // The prices and reviews stages take their work from the crawl: a product page read before the kill is neither
        // re-checked for its price nor fetched again for its reviews, and every review is stored once.
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 150, Seed = 21 });
        var catalog = harness.Demo.Catalog;
        using var stop = new CancellationTokenSource();
        var request = new RunRequest { Url = harness.Demo.BaseUrl, RetailerName = "Demo", Limits = new Agents.AgentLimits { Concurrency = 4 } };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Orchestrator.RunAsync(request, new StopAfter(Stage.Products, catalog.ExpectedProducts / 3, stop), stop.Token));

        var second = await harness.Orchestrator.RunAsync(request, progress: null, CancellationToken.None);

        Assert.True(second.Resumed);
        Assert.Equal(RunStatus.Succeeded, second.Status);
        var productPaths = catalog.Products.Select(p => p.RelativeUrl).ToHashSet(StringComparer.Ordinal);
        var requests = harness.Demo.RequestsByPath.Where(kv => productPaths.Contains(kv.Key)).Sum(kv => kv.Value);
        Assert.True(requests <= catalog.Products.Count + Math.Max(8, catalog.Products.Count / 100), $"{requests} product-page requests for {catalog.Products.Count} products");
        await EndToEndCrawlTests.AssertProductsMatchAsync(harness, catalog, day: 0);
        await EndToEndCrawlTests.AssertReviewsMatchAsync(harness, catalog);
    }

    [Fact]
    public async Task RunStoppedWhileReadingSitemaps_IsResumedByReadingThemAgain()
    {
        // Stopped once two sitemap files are read (the index and its first child): products only the later files list are
        // found only if the resumed crawl reads the sitemaps it never finished.
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 40, Seed = 9, SitemapOnlyProducts = 5 });
        using var stop = new CancellationTokenSource();
        var request = new RunRequest { Url = harness.Demo.BaseUrl, RetailerName = "Demo", Prices = false, Reviews = false };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Orchestrator.RunAsync(request, new StopAfter(Stage.Categories, 2, stop), stop.Token));

        var second = await harness.Orchestrator.RunAsync(request, progress: null, CancellationToken.None);

        Assert.True(second.Resumed);
        Assert.Equal(RunStatus.Succeeded, second.Status);
        Assert.Equal(harness.Demo.Catalog.ExpectedProducts, second.Totals.Products);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var product in harness.Store.ExportProductsAsync(null, CancellationToken.None))
        {
            stored.Add(new Uri(product.Url).AbsolutePath);
        }

        var sitemapOnly = harness.Demo.Catalog.Products.Where(p => !harness.Demo.Catalog.IsListed(p)).Select(p => p.RelativeUrl).ToList();
        Assert.Equal(5, sitemapOnly.Count);
        Assert.All(sitemapOnly, path => Assert.Contains(path, stored));
    }

    [Fact]
    public async Task LimitedRun_IsMarkedLimited_AndARunWithoutLimitsCompletesTheCatalogue()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 40, Seed = 9 });

        var limited = await harness.RunAsync(r => r with { Prices = false, Reviews = false, Limits = r.Limits with { MaxCategories = 2, MaxProductsPerCategory = 3 } });
        var full = await harness.RunAsync(r => r with { Prices = false, Reviews = false });
        var again = await harness.RunAsync(r => r with { Prices = false, Reviews = false });

        Assert.Equal(RunStatus.Limited, limited.Status);
        Assert.True(limited.Totals.Products < harness.Demo.Catalog.ExpectedProducts);
        var urls = new List<string>();
        await foreach (var product in harness.Store.ExportProductsAsync(null, CancellationToken.None))
        {
            urls.Add(product.Url);
        }

        var truth = harness.Demo.Catalog.Products.Select(p => new Uri(harness.Demo.BaseUrl, p.RelativeUrl).AbsoluteUri).ToHashSet(StringComparer.Ordinal);
        Assert.All(urls, u => Assert.Contains(u, truth));
        Assert.Equal(harness.Demo.Catalog.ExpectedProducts, full.Totals.Products);
        var stored = await harness.Store.GetCategoriesAsync(full.Retailer.Id, CancellationToken.None);
        var expected = harness.Demo.Catalog.Categories.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        Assert.All(stored, c => Assert.Contains(c.Path, expected));
        Assert.Equal(harness.Demo.Catalog.ExpectedCategories, full.Totals.Categories);
        // A run after the complete one is a recheck of the same catalogue: nothing new, nothing lost.
        Assert.Equal(StageStatus.Succeeded, again.Stages.Single(s => s.Stage == Stage.Products).Status);
        Assert.Equal(full.Totals.Products, again.Totals.Products);
        Assert.Equal(full.Totals.Categories, again.Totals.Categories);
    }

    private static async Task<List<string>> RunStatusesAsync(PipelineHarness harness)
    {
        await using var connection = new SqliteConnection($"Data Source={harness.DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status FROM runs ORDER BY id;";
        await using var reader = await command.ExecuteReaderAsync();
        var statuses = new List<string>();
        while (await reader.ReadAsync())
        {
            statuses.Add(reader.GetString(0));
        }

        return statuses;
    }

    private sealed class StopAfter(Stage stage, int done, CancellationTokenSource stop) : IProgress<AgentProgress>
    {
        public void Report(AgentProgress value)
        {
            if (value.Stage == stage && value.Done >= done)
            {
                stop.Cancel();
            }
        }
    }
}
