using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Alerts;
using ShelfScout.Storage.Dashboard;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Tests;

/// <summary>
/// The specification of <see cref="IDashboardReader"/>: every store implementation runs these tests against a real
/// database of its kind (<see cref="SqliteDashboardReaderTests"/>, <see cref="PostgresDashboardReaderTests"/>).
/// </summary>
public abstract class DashboardReaderContractTests
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected static readonly DateTimeOffset Day0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh, empty store that is both the writer (<see cref="IShelfStore"/>) and the reader under test.</summary>
    protected abstract Task<(IShelfStore Store, IDashboardReader Reader, IAsyncDisposable Cleanup)> CreateAsync();

    [Fact]
    public async Task QueryProducts_FiltersBySearchAvailabilitySaleChangeAndCategorySubtree()
    {
        var (store, reader, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var retailer = await store.UpsertRetailerAsync("Acme", new Uri("http://127.0.0.1/acme/"), None);
        var tea = await store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Tea", "http://127.0.0.1/acme/tea", null, 0, "Tea", false), None);
        var green = await store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Green", "http://127.0.0.1/acme/tea/green", tea.Id, 1, "Tea > Green", true), None);
        var mugs = await store.UpsertCategoryAsync(retailer.Id, new CategoryUpsert("Mugs", "http://127.0.0.1/acme/mugs", null, 0, "Mugs", true), None);

        var sencha = await AddAsync(store, retailer.Id, "Sencha 100% leaf", "SEN-1", 10m, null, Availability.InStock);
        var matcha = await AddAsync(store, retailer.Id, "Matcha", "MAT-1", 30m, 35m, Availability.OutOfStock);
        var mug = await AddAsync(store, retailer.Id, "Mug", "MUG-1", 5m, null, Availability.InStock);
        var gone = await AddAsync(store, retailer.Id, "Old Sencha", "OLD-1", 7m, null, Availability.InStock);
        await store.LinkProductToCategoryAsync(sencha, green.Id, None);
        await store.LinkProductToCategoryAsync(matcha, green.Id, None);
        await store.LinkProductToCategoryAsync(mug, mugs.Id, None);
        await store.RecordPriceAsync(sencha, new PriceObservation(8m, null, "GBP", Day0.AddDays(5), "u"), None);
        await store.DelistProductAsync(gone, Day0.AddDays(5), null, None);

        async Task<IReadOnlyList<string?>> Names(ProductQuery query) =>
            (await reader.QueryProductsAsync(query with { RetailerId = retailer.Id }, None)).Items.Select(i => i.Name).ToList();

        Assert.Equal(["Matcha", "Mug", "Sencha 100% leaf"], await Names(new ProductQuery()));
        Assert.Equal(["Sencha 100% leaf"], await Names(new ProductQuery { Search = "sencha" }));
        Assert.Equal(["Sencha 100% leaf"], await Names(new ProductQuery { Search = "0%" }));
        Assert.Empty(await Names(new ProductQuery { Search = "_" }));
        Assert.Equal(["Mug"], await Names(new ProductQuery { Search = "mug-1" }));
        Assert.Equal(["Matcha"], await Names(new ProductQuery { Availability = Availability.OutOfStock }));
        Assert.Equal(["Matcha"], await Names(new ProductQuery { OnSale = true }));
        Assert.Equal(["Sencha 100% leaf"], await Names(new ProductQuery { PriceChangedSince = Day0.AddDays(4) }));
        Assert.Empty(await Names(new ProductQuery { PriceChangedSince = Day0.AddDays(6) }));
        Assert.Equal(["Matcha", "Sencha 100% leaf"], await Names(new ProductQuery { CategoryId = tea.Id }));
        Assert.Equal(["Mug"], await Names(new ProductQuery { CategoryId = mugs.Id }));
        Assert.Contains("Old Sencha", await Names(new ProductQuery { IncludeDelisted = true }));

        var current = (await reader.QueryProductsAsync(new ProductQuery { Search = "SEN-1" }, None)).Items.Single();
        Assert.Equal((8m, "GBP", Availability.InStock, Day0.AddDays(5)), (current.Price, current.Currency, current.Availability, current.PriceChangedAt));
    }

    [Fact]
    public async Task QueryProducts_SortsByPriceAndPagesWithoutOverlap_TotalCountsAllMatches()
    {
        var (store, reader, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var retailer = await store.UpsertRetailerAsync("Acme", new Uri("http://127.0.0.1/acme/"), None);
        // 9.5 sorts above 10 as text; the order must be by amount.
        foreach (var (name, price) in new[] { ("A", 10m), ("B", 9.5m), ("C", 100m), ("D", 2m), ("E", 55m) })
        {
            await AddAsync(store, retailer.Id, name, null, price, null, Availability.InStock);
        }

        var first = await reader.QueryProductsAsync(new ProductQuery { Sort = ProductSort.PriceAscending, Limit = 2 }, None);
        var second = await reader.QueryProductsAsync(new ProductQuery { Sort = ProductSort.PriceAscending, Limit = 2, Offset = 2 }, None);
        var descending = await reader.QueryProductsAsync(new ProductQuery { Sort = ProductSort.PriceDescending }, None);

        Assert.Equal(5, first.Total);
        Assert.Equal(["D", "B", "A", "E"], first.Items.Concat(second.Items).Select(i => i.Name));
        Assert.Equal(["C", "E", "A", "B", "D"], descending.Items.Select(i => i.Name));
    }

    [Fact]
    public async Task Runs_NewestFirst_WithStagesAndErrorCounts_AndOverviewCountsRecentAlerts()
    {
        var (store, reader, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var retailer = await store.UpsertRetailerAsync("Acme", new Uri("http://127.0.0.1/acme/"), None);
        var product = await AddAsync(store, retailer.Id, "Tea", "T-1", 10m, null, Availability.InStock);
        var first = await store.StartRunAsync(retailer.Id, Day0, "{}", null, None);
        await store.RecordStageResultAsync(first, new StageResult(Stage.Products, StageStatus.Succeeded, 3, 3, 0, 3, TimeSpan.FromSeconds(2), "ok"), None);
        await store.RecordRunErrorAsync(first, new RunError(Stage.Products, "http://x/", "boom", Day0), None);
        await store.FinishRunAsync(first, Day0.AddMinutes(1), RunStatus.Succeeded, None);
        var second = await store.StartRunAsync(retailer.Id, Day0.AddDays(1), "{}", null, None);
        await store.RecordPriceAsync(product, new PriceObservation(8m, null, "GBP", Day0.AddDays(1), "u") { RunId = second }, None);

        var runs = await reader.GetRunsAsync(retailer.Id, 10, None);
        var overview = Assert.Single(await reader.GetRetailerOverviewsAsync(Day0.AddHours(12), None));
        var alerts = await reader.GetLatestAlertsAsync(new AlertQuery { Limit = 1 }, None);

        Assert.Equal([second, first], runs.Select(r => r.Id));
        Assert.True(runs[0].InProgress);
        Assert.False(runs[1].InProgress);
        var stage = Assert.Single(runs[1].Stages);
        Assert.Equal((Stage.Products, StageStatus.Succeeded, 3, TimeSpan.FromSeconds(2)), (stage.Stage, stage.Status, stage.Processed, stage.Elapsed));
        Assert.Equal(1, runs[1].ErrorCount);
        Assert.Equal((1, 1, second), (overview.Products, overview.RecentAlerts, overview.LastRun?.Id));
        Assert.Equal(PriceAlertKind.PriceDrop, Assert.Single(alerts).Kind);
        Assert.Equal(second, (await reader.GetRunAsync(second, None))?.Id);
    }

    [Fact]
    public async Task GetProduct_ReturnsLatestOfferImagesAndCategories_NullForUnknownId()
    {
        var (store, reader, cleanup) = await CreateAsync();
        await using var _ = cleanup;
        var retailer = await store.UpsertRetailerAsync("Acme", new Uri("http://127.0.0.1/acme/"), None);
        var id = await store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/acme/p/tea", new ProductData { Name = "Tea", Images = ["http://127.0.0.1/i.png"] }, Day0, None);
        await store.RecordPriceAsync(id, new PriceObservation(4m, 5m, "EUR", Day0, "u"), None);

        var product = await reader.GetProductAsync(id, None);

        Assert.NotNull(product);
        Assert.Equal(("Tea", 4m, 5m, "EUR"), (product.Name, product.Price, product.RegularPrice, product.Currency));
        Assert.Equal(["http://127.0.0.1/i.png"], product.Images);
        Assert.Null(await reader.GetProductAsync(id + 1000, None));
    }

    private static async Task<long> AddAsync(IShelfStore store, long retailerId, string name, string? sku, decimal price, decimal? regular, Availability availability)
    {
        var id = await store.UpsertProductAsync(retailerId, $"http://127.0.0.1/acme/p/{Uri.EscapeDataString(name)}", new ProductData { Name = name, Sku = sku }, Day0, None);
        await store.RecordPriceAsync(id, new PriceObservation(price, regular, "GBP", Day0, "u"), None);
        await store.RecordStockAsync(id, new StockObservation(availability, null, Day0, "u"), None);
        return id;
    }
}
