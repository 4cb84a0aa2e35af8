using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Orchestration;
using ShelfScout.Storage.Records;

namespace ShelfScout.Cli.Tests.Layout;

/// <summary>Fixed data shaped like a real recheck: long product names, every alert kind, long stage notes and errors.</summary>
internal static class SampleRun
{
    public static readonly DateTimeOffset At = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static readonly string[] ProductNames =
    [
        "Kalahari Naturals Organic Kids Immune Support 30 Chewables",
        "Kalahari Naturals Organic Kids Immune Support 60 Capsules",
        "Bloom & Balance Complete Folic Acid 500ml",
        "Pure Meadow Gentle Appetite Support 750g",
        "Sunleaf Complete Shampoo 75ml",
        "Evergreen Labs Essential Shampoo 400ml",
        "Wild Fynbos Natural Stretch Mark Care 60 Capsules",
    ];

    public static IReadOnlyList<PriceAlert> Alerts(bool twoRetailers = false)
    {
        var kinds = new (PriceAlertKind Kind, decimal? Old, decimal? New, Availability? Was, Availability Now)[]
        {
            (PriceAlertKind.PriceDrop, 1041.49m, 899.99m, Availability.InStock, Availability.InStock),
            (PriceAlertKind.PriceRise, 3.00m, 3.99m, Availability.InStock, Availability.InStock),
            (PriceAlertKind.WentOutOfStock, null, null, Availability.InStock, Availability.OutOfStock),
            (PriceAlertKind.BackInStock, null, null, Availability.OutOfStock, Availability.InStock),
            (PriceAlertKind.NewProduct, null, 1459.99m, null, Availability.InStock),
            (PriceAlertKind.Delisted, 10.99m, null, Availability.InStock, Availability.Discontinued),
            (PriceAlertKind.PriceDrop, 327.49m, 248.49m, Availability.InStock, Availability.InStock),
        };
        return kinds.Select((k, i) => new PriceAlert(k.Kind, i + 1, $"http://127.0.0.1/p/{i + 1}", ProductNames[i], k.Old, k.New, "ZAR", k.Was, k.Now)
        {
            Id = i + 1,
            RaisedAt = At.AddMinutes(i),
            RetailerName = twoRetailers && i % 2 == 1 ? "Wellness Warehouse Demo" : "Acme Health",
        }).ToList();
    }

    public static RunSummary Summary(int alerts = 7) => new(
        42,
        new RetailerRecord(1, "Wellness Warehouse Demo", "http://127.0.0.1/", At),
        RunStatus.PartiallySucceeded,
        At,
        TimeSpan.FromSeconds(83.4),
        [
            new StageResult(Stage.Categories, StageStatus.Succeeded, 1240, 1240, 0, 12, TimeSpan.FromSeconds(12.3), "26 leaves, 50 pages read (sitemaps: 40 categories, 57 products)"),
            new StageResult(Stage.Products, StageStatus.PartiallySucceeded, 123456, 123450, 6, -1, TimeSpan.FromSeconds(61.8), "57 products, 131 category links, 105 pages done, 6 pages lost; recheck: 2 confirmed by their card or sitemap date, 0 by a 304, 2 new, 3 delisted"),
            new StageResult(Stage.Prices, StageStatus.Succeeded, 0, 0, 0, 0, TimeSpan.Zero, "all 57 fresh from this run"),
            StageResult.Skipped(Stage.Reviews, "disabled"),
        ],
        [
            new RunError(Stage.Products, "http://127.0.0.1:41477/products/coastal-vitality-complete-kids-probiotics-100ml-with-a-very-long-slug", "too many redirects (a loop back to http://127.0.0.1:41477/loop/a)", At),
            new RunError(Stage.Categories, "http://127.0.0.1:41477/c/vitamins", "warning: listing page limit (5000) reached, pagination not followed further", At),
        ],
        Alerts().Take(alerts).ToList(),
        new CatalogCounts(40, 57, 253, 91, 79),
        113);

    public static ProductHistory History() => new(
        new ProductMatch(7, 1, "Wellness Warehouse Demo", "http://127.0.0.1:41477/products/kalahari-naturals-organic-kids-immune-support-30-chewables", ProductNames[0], "KN-IMM-00042", At, At.AddDays(9), null),
        [new PricePoint(At, 1041.49m, 1199.99m, "ZAR"), new PricePoint(At.AddDays(3), 899.99m, 1199.99m, "ZAR"), new PricePoint(At.AddDays(9), 1099.00m, null, "ZAR")],
        [new StockPoint(At, Availability.InStock, 12), new StockPoint(At.AddDays(5), Availability.LimitedAvailability, 2), new StockPoint(At.AddDays(7), Availability.OutOfStock, null)]);
}
