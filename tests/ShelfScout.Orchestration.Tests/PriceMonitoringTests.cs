using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Runs;

namespace ShelfScout.Orchestration.Tests;

/// <summary>Prices are refreshed on every run; only changes are appended and reported as alerts.</summary>
public sealed class PriceMonitoringTests
{
    [Fact]
    public async Task NextDay_PricesOnlyRun_RecordsExactlyTheChangedOffers()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 30, Seed = 17 });
        await harness.RunAsync();
        var catalog = harness.Demo.Catalog;
        harness.Demo.Day = 1;

        var summary = await harness.RunAsync(r => r with { Categories = false, Products = false, Reviews = false });

        var expectedChanged = catalog.Products.Count(p => catalog.OfferFor(p, 0) != catalog.OfferFor(p, 1));
        Assert.True(expectedChanged > 0, "the generator should change some offers from day 0 to day 1");
        Assert.Equal(expectedChanged, summary.Stages.Single(s => s.Stage == Stage.Prices).Changed);
        await EndToEndCrawlTests.AssertProductsMatchAsync(harness, catalog, day: 1);
        var drops = catalog.Products.Count(p => catalog.OfferFor(p, 1).Price < catalog.OfferFor(p, 0).Price);
        Assert.Equal(drops, summary.Alerts.Count(a => a.Kind == PriceAlertKind.PriceDrop));
    }

    [Fact]
    public async Task SameDay_PricesOnlyRun_AppendsNothing()
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 12, Seed = 19 });
        var first = await harness.RunAsync();

        var second = await harness.RunAsync(r => r with { Categories = false, Products = false, Reviews = false });

        Assert.Equal(0, second.Stages.Single(s => s.Stage == Stage.Prices).Changed);
        Assert.Equal(first.Totals.PriceObservations, second.Totals.PriceObservations);
        Assert.Empty(second.Alerts);
    }
}
