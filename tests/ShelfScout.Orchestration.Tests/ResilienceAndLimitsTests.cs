using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Runs;

namespace ShelfScout.Orchestration.Tests;

/// <summary>Error isolation, stage switches, limits and robots.txt, over real loopback HTTP.</summary>
public sealed class ResilienceAndLimitsTests
{
    [Fact]
    public async Task FailingCategory_IsRecorded_AndTheRestOfTheRunCompletes()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 30, Seed = 11 });
        var catalog = harness.Demo.Catalog;
        var failing = catalog.Categories.First(c => c.IsLeaf);
        harness.Demo.FailPathsStartingWith(failing.RelativeUrl);

        var summary = await harness.RunAsync();

        Assert.Contains(summary.Errors, e => e.Stage == Stage.Products && e.Url is not null && e.Url.Contains(failing.RelativeUrl, StringComparison.Ordinal));
        // The failing category's own products are still reached, through the product sitemap and its parent's page;
        // the category itself cannot be read, so it is the one category missing, and the run says pages were lost.
        Assert.Equal(catalog.ExpectedProducts, summary.Totals.Products);
        Assert.Equal(catalog.ExpectedCategories - 1, summary.Totals.Categories);
        Assert.Equal(RunStatus.PartiallySucceeded, summary.Status);
        Assert.True(summary.LostPages > 0);
        var storedErrors = await harness.Store.GetRunErrorsAsync(summary.RunId, CancellationToken.None);
        Assert.Equal(summary.Errors.Count, storedErrors.Count);
    }

    [Fact]
    public async Task NoFlags_SkipDisabledStages()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 12, Seed = 2 });

        var summary = await harness.RunAsync(r => r with { Reviews = false, Prices = false });

        Assert.Equal(0, summary.Totals.Reviews);
        Assert.Equal(harness.Demo.Catalog.ExpectedProducts, summary.Totals.Products);
        Assert.Equal(StageStatus.Skipped, summary.Stages.Single(s => s.Stage == Stage.Reviews).Status);
        Assert.Equal(StageStatus.Skipped, summary.Stages.Single(s => s.Stage == Stage.Prices).Status);
    }

    [Fact]
    public async Task CategoriesOnly_StoresTheTreeAndFetchesNoProductPage()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 12, Seed = 2 });

        var summary = await harness.RunAsync(r => r with { Products = false, Prices = false, Reviews = false });

        Assert.Equal(harness.Demo.Catalog.ExpectedCategories, summary.Totals.Categories);
        Assert.Equal(0, summary.Totals.Products);
        Assert.DoesNotContain(harness.Demo.RequestsByPath.Keys, path => harness.Demo.Catalog.Products.Any(p => path.StartsWith(p.RelativeUrl, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Limits_CapCategoriesAndProductsPerCategory()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 40, Seed = 9 });

        var summary = await harness.RunAsync(r => r with { Limits = r.Limits with { MaxCategories = 2, MaxProductsPerCategory = 3 } });

        Assert.InRange(summary.Totals.Products, 2, 6);
        var categoriesUsed = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var product in harness.Store.ExportProductsAsync(null, CancellationToken.None))
        {
            categoriesUsed.UnionWith(product.Categories);
        }

        Assert.Equal(2, categoriesUsed.Count);
    }

    [Fact]
    public async Task RobotsDisallow_IsObeyed()
    {
        var probe = DemoCatalog.Generate(13, 24);
        var blocked = probe.Categories.First(c => c.IsLeaf);
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 24, Seed = 13, ExtraRobotsDisallow = [blocked.RelativeUrl] });

        var summary = await harness.RunAsync();

        Assert.DoesNotContain(harness.Demo.RequestsByPath.Keys, path => path.StartsWith(blocked.RelativeUrl, StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e.Reason.Contains("robots", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SameRun_NeverFetchesAPageTwice()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 30, Seed = 4 });

        await harness.RunAsync();

        var repeated = harness.Demo.RequestsByPath.Where(kv => kv.Value > 1 && !kv.Key.StartsWith("/robots.txt", StringComparison.Ordinal)).ToList();
        Assert.Empty(repeated);
    }

    [Fact]
    public async Task Sequential_FindsTheSameCatalogueAsParallel()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 16, Seed = 21 });

        var summary = await harness.RunAsync(r => r with { Parallel = false });

        Assert.True(summary.Errors.Count == 0, string.Join(Environment.NewLine, summary.Errors.Take(10)));
        await EndToEndCrawlTests.AssertProductsMatchAsync(harness, harness.Demo.Catalog, day: 0);
    }
}
