using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Records;

namespace ShelfScout.Orchestration.Tests;

/// <summary>The whole pipeline over real loopback HTTP against each demo theme, checked against the generator's truth.</summary>
public sealed class EndToEndCrawlTests
{
    [Theory]
    [InlineData(DemoTheme.JsonLd)]
    [InlineData(DemoTheme.Microdata)]
    [InlineData(DemoTheme.Plain)]
    public async Task Run_EachTheme_FindsExactlyTheGeneratedCatalogue(DemoTheme theme)
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { Theme = theme, ProductCount = 40, Seed = 7 });

        var summary = await harness.RunAsync();

        Assert.True(summary.Errors.Count == 0, string.Join(Environment.NewLine, summary.Errors.Take(10)));
        Assert.Equal(RunStatus.Succeeded, summary.Status);
        var catalog = harness.Demo.Catalog;

        // The crawl's own estimate agrees with the truth: every product the listings announce is stored.
        var coverage = Assert.IsType<ShelfScout.Domain.Runs.CoverageEstimate>(summary.Coverage);
        Assert.True(coverage.IsComplete, coverage.Describe() + ": " + string.Join("; ", coverage.Shortfalls));
        Assert.Equal(catalog.ExpectedProducts, coverage.Estimated);
        await AssertCategoriesMatchAsync(harness, catalog, summary.Retailer.Id);
        await AssertProductsMatchAsync(harness, catalog, day: 0);
        await AssertReviewsMatchAsync(harness, catalog);
    }

    [Fact]
    public async Task Rerun_WithRefresh_AddsNoDuplicates()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 24, Seed = 3 });
        var first = await harness.RunAsync();

        var second = await harness.RunAsync(r => r with { Refresh = true });

        Assert.Equal(first.Totals, second.Totals);
        Assert.All(second.Stages, s => Assert.NotEqual(StageStatus.Skipped, s.Status));
        Assert.Equal(0, second.Stages.Single(s => s.Stage == Stage.Reviews).Changed);
    }

    [Fact]
    public async Task Rerun_OfKnownRetailer_RechecksTheCatalogue_WithoutDuplicatesOrAlerts()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 16, Seed = 5 });
        var first = await harness.RunAsync();
        var fetchesBefore = harness.Demo.RequestCount;

        var second = await harness.RunAsync();

        var products = second.Stages.Single(s => s.Stage == Stage.Products);
        Assert.Equal(StageStatus.Succeeded, second.Stages.Single(s => s.Stage == Stage.Categories).Status);
        Assert.Equal(StageStatus.Succeeded, products.Status);
        Assert.Contains("recheck:", products.Note, StringComparison.Ordinal);
        Assert.Contains("0 new, 0 delisted", products.Note, StringComparison.Ordinal);
        // Reviews are read from the pages the recheck reads anyway: nothing new, none stored twice, no page fetched for them.
        var reviews = second.Stages.Single(s => s.Stage == Stage.Reviews);
        Assert.Equal(StageStatus.Succeeded, reviews.Status);
        Assert.Equal(0, reviews.Changed);
        Assert.Equal(first.Totals with { PriceObservations = 0, StockObservations = 0 }, second.Totals with { PriceObservations = 0, StockObservations = 0 });
        Assert.Empty(second.Alerts);
        Assert.True(harness.Demo.RequestCount > fetchesBefore);
        await AssertProductsMatchAsync(harness, harness.Demo.Catalog, day: 0);
    }

    private static async Task AssertCategoriesMatchAsync(PipelineHarness harness, DemoCatalog catalog, long retailerId)
    {
        var stored = await harness.Store.GetCategoriesAsync(retailerId, CancellationToken.None);
        var byId = stored.ToDictionary(c => c.Id);
        var found = stored.Select(c => (c.Path, Parent: c.ParentId is { } p ? byId[p].Path : null, c.Depth, c.IsLeaf)).OrderBy(x => x.Path, StringComparer.Ordinal).ToList();
        var truthById = catalog.Categories.ToDictionary(c => c.Id);
        var expected = catalog.Categories
            .Select(c => (c.Path, Parent: c.ParentId is { } p ? truthById[p].Path : null, c.Depth, c.IsLeaf))
            .OrderBy(x => x.Path, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, found);
    }

    internal static async Task AssertProductsMatchAsync(PipelineHarness harness, DemoCatalog catalog, int day)
    {
        var exported = new Dictionary<string, ProductExport>(StringComparer.Ordinal);
        await foreach (var product in harness.Store.ExportProductsAsync(null, CancellationToken.None))
        {
            exported.Add(product.Url, product);
        }

        Assert.Equal(catalog.ExpectedProducts, exported.Count);
        var paths = catalog.Categories.ToDictionary(c => c.Id, c => c.Path);
        foreach (var truth in catalog.Products)
        {
            var url = new Uri(harness.Demo.BaseUrl, truth.RelativeUrl).AbsoluteUri;
            Assert.True(exported.TryGetValue(url, out var found), $"missing {url}");
            var offer = catalog.OfferFor(truth, day);
            Assert.Equal(truth.Name, found.Name);
            Assert.Equal(truth.Sku, found.Sku);
            Assert.Equal(truth.Gtin, found.Gtin);
            Assert.Equal(truth.Brand, found.Brand);
            Assert.Equal(offer.Price, found.Price);
            Assert.Equal(offer.RegularPrice, found.RegularPrice);
            Assert.Equal(offer.Currency, found.Currency);
            Assert.Equal(AvailabilityNames.ToSchemaName(offer.Availability), found.Availability);
            Assert.Equal(offer.Quantity, found.StockQuantity);
            Assert.Equal(truth.ImageRelativeUrls.Count, found.Images.Count);
            // Linked to every category whose page lists it: its leaves and the parents showing it as popular.
            Assert.Equal(catalog.ListedIn(truth).Select(c => c.Path).Order(StringComparer.Ordinal), found.Categories.Order(StringComparer.Ordinal));
        }
    }

    internal static async Task AssertReviewsMatchAsync(PipelineHarness harness, DemoCatalog catalog)
    {
        var byProduct = new Dictionary<string, List<ReviewExport>>(StringComparer.Ordinal);
        await foreach (var review in harness.Store.ExportReviewsAsync(null, CancellationToken.None))
        {
            (byProduct.TryGetValue(review.ProductUrl, out var list) ? list : byProduct[review.ProductUrl] = []).Add(review);
        }

        Assert.Equal(catalog.ExpectedReviews, byProduct.Values.Sum(l => l.Count));
        foreach (var truth in catalog.Products.Where(p => p.Reviews.Count > 0))
        {
            var url = new Uri(harness.Demo.BaseUrl, truth.RelativeUrl).AbsoluteUri;
            var found = byProduct[url];
            Assert.Equal(
                truth.Reviews.Select(r => ((string?)r.Author, (decimal?)r.Rating, (DateOnly?)r.Date)).Order(),
                found.Select(r => (r.Author, r.Rating, r.Date)).Order());
        }
    }
}
