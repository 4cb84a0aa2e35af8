using ShelfScout.DemoRetailer;
using ShelfScout.Fetching;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Testing;

namespace ShelfScout.Orchestration.Tests;

/// <summary>The orchestrator used as a library: one store, one fetcher, several retailers at once (docs/library.md).</summary>
public sealed class MultiRetailerLibraryTests
{
    [Fact]
    public async Task RunAsync_ForTwoRetailersConcurrently_KeepsTheirCataloguesApart()
    {
        using var directory = new TempDirectory();
        await using var first = await DemoStore.StartAsync(new DemoStoreOptions { Seed = 1, ProductCount = 12 }, CancellationToken.None);
        await using var second = await DemoStore.StartAsync(new DemoStoreOptions { Seed = 2, ProductCount = 20, Theme = DemoTheme.Microdata }, CancellationToken.None);
        await using var store = await SqliteShelfStore.OpenAsync(Path.Combine(directory.Path, "many.db"), TimeProvider.System, CancellationToken.None);
        using var fetcher = new HttpPageFetcher(new FetchOptions { PerHostConcurrency = 4, PerHostDelay = TimeSpan.Zero }, TimeProvider.System);
        var orchestrator = new MasterOrchestrator(store, fetcher, TimeProvider.System);

        var summaries = await Task.WhenAll(
            orchestrator.RunAsync(new RunRequest { RetailerName = "First", Url = first.BaseUrl, Reviews = false }, null, CancellationToken.None),
            orchestrator.RunAsync(new RunRequest { RetailerName = "Second", Url = second.BaseUrl, Reviews = false }, null, CancellationToken.None));

        Assert.Equal(first.Catalog.ExpectedProducts, summaries[0].Totals.Products);
        Assert.Equal(second.Catalog.ExpectedProducts, summaries[1].Totals.Products);
        Assert.NotEqual(summaries[0].Retailer.Id, summaries[1].Retailer.Id);
        var retailers = await store.GetRetailersAsync(CancellationToken.None);
        Assert.Equal(["First", "Second"], retailers.Select(r => r.Name).Order(StringComparer.Ordinal));
    }
}
