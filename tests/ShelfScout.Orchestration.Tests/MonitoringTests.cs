using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Alerts;
using ShelfScout.Orchestration;

namespace ShelfScout.Orchestration.Tests;

/// <summary>
/// A known retailer's later runs keep its catalogue true: whatever stage records an offer, the stored alerts are exactly
/// the changes of the demo store's own truth between the two days, and a change is never alerted twice.
/// </summary>
public sealed class MonitoringTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task NextDay_FullRun_StoresExactlyTheTruthsChanges_AndNeverTwice(bool refresh)
    {
        await using var harness = await PipelineHarness.StartAsync(new DemoStoreOptions { ProductCount = 40, Seed = 23 });
        var baseline = await harness.RunAsync();
        Assert.Empty(baseline.Alerts);
        harness.Demo.Day = 1;

        var nextDay = await harness.RunAsync(r => r with { Refresh = refresh, Reviews = false });
        var again = await harness.RunAsync(r => r with { Refresh = refresh, Reviews = false });

        var expected = ExpectedAlerts(harness.Demo, harness.Demo.Catalog, 0, 1);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Describe(nextDay.Alerts));
        Assert.Empty(again.Alerts);
        var stored = await harness.Store.GetAlertsAsync(new AlertQuery { RetailerId = baseline.Retailer.Id }, CancellationToken.None);
        Assert.Equal(expected, Describe(stored));
        Assert.All(stored, a => Assert.Equal(nextDay.RunId, a.RunId));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task ChurningCatalogue_NewAndDelistedProducts_AreExactlyTheTruths(bool cardStock, bool refresh)
    {
        var options = new DemoStoreOptions { ProductCount = 120, Seed = 31, Churn = 0.05, OfferChangeRate = 0.05, CardStock = cardStock };
        await using var harness = await PipelineHarness.StartAsync(options);
        var baseline = await harness.RunAsync(r => r with { Reviews = false });
        Assert.Empty(baseline.Alerts);
        var days = new List<RunSummary>();
        for (var day = 1; day <= 2; day++)
        {
            harness.Demo.Day = day;
            days.Add(await harness.RunAsync(r => r with { Refresh = refresh, Reviews = false }));
        }

        var again = await harness.RunAsync(r => r with { Refresh = refresh, Reviews = false });

        for (var day = 1; day <= 2; day++)
        {
            var truth = harness.Demo.Catalog.ChangesBetween(day - 1, day)
                .Select(c => $"{c.Kind} {new Uri(harness.Demo.BaseUrl, c.RelativeUrl).AbsoluteUri}")
                .Order(StringComparer.Ordinal)
                .ToList();
            Assert.Contains(truth, t => t.StartsWith("NewProduct", StringComparison.Ordinal) || t.StartsWith("Delisted", StringComparison.Ordinal));
            Assert.Equal(truth, days[day - 1].Alerts.Select(a => $"{a.Kind} {a.Url}").Order(StringComparer.Ordinal).ToList());
            Assert.Equal(harness.Demo.Catalog.Products.Count(p => harness.Demo.Catalog.OnSaleOn(p, day)), days[day - 1].Totals.Products);
        }

        Assert.Empty(again.Alerts);
    }

    [Fact]
    public async Task ChurningCatalogue_NewProductsReviews_AreReadOnTheDayTheyAppear()
    {
        // Reviews already stored do not stop the reviews stage: a product that appears on a later day gets its reviews
        // that day, read from the page the recheck reads anyway.
        var options = new DemoStoreOptions { ProductCount = 80, Seed = 31, Churn = 0.15 };
        await using var harness = await PipelineHarness.StartAsync(options);
        var catalog = harness.Demo.Catalog;
        await harness.RunAsync();
        var checkedProducts = 0;
        for (var day = 1; day <= 2; day++)
        {
            harness.Demo.Day = day;
            await harness.RunAsync();

            var stored = new Dictionary<string, int>(StringComparer.Ordinal);
            await foreach (var review in harness.Store.ExportReviewsAsync(null, CancellationToken.None))
            {
                stored[new Uri(review.ProductUrl).AbsolutePath] = stored.GetValueOrDefault(new Uri(review.ProductUrl).AbsolutePath) + 1;
            }

            var appeared = catalog.ChangesBetween(day - 1, day).Where(c => c.Kind == Domain.Runs.PriceAlertKind.NewProduct).Select(c => c.RelativeUrl).ToHashSet(StringComparer.Ordinal);
            var expected = catalog.Products.Where(p => appeared.Contains(p.RelativeUrl) && p.Reviews.Count > 0).ToList();
            Assert.All(expected, p => Assert.Equal(p.Reviews.Count, stored.GetValueOrDefault(p.RelativeUrl)));
            checkedProducts += expected.Count;
        }

        Assert.True(checkedProducts > 0, "no product with reviews appeared on a later day");
    }

    private static List<string> ExpectedAlerts(DemoStore demo, DemoCatalog catalog, int from, int to)
    {
        var alerts = new List<string>();
        foreach (var product in catalog.Products)
        {
            var url = new Uri(demo.BaseUrl, product.RelativeUrl).AbsoluteUri;
            var (before, after) = (catalog.OfferFor(product, from), catalog.OfferFor(product, to));
            if (OfferAlerts.ForPrice(before.Price, after.Price) is { } price)
            {
                alerts.Add($"{price} {url} {before.Price}->{after.Price}");
            }

            if (before.Availability != after.Availability && OfferAlerts.ForStock(before.Availability, after.Availability) is { } stock)
            {
                alerts.Add($"{stock} {url} {before.Availability}->{after.Availability}");
            }
        }

        alerts.Sort(StringComparer.Ordinal);
        return alerts;
    }

    private static List<string> Describe(IEnumerable<PriceAlert> alerts)
    {
        var described = alerts.Select(a => a.Kind is PriceAlertKind.PriceDrop or PriceAlertKind.PriceRise
            ? $"{a.Kind} {a.Url} {a.OldPrice}->{a.NewPrice}"
            : $"{a.Kind} {a.Url} {a.OldAvailability}->{a.NewAvailability}").ToList();
        described.Sort(StringComparer.Ordinal);
        return described;
    }
}
