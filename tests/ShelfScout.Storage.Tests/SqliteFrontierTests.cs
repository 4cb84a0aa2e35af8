using ShelfScout.Storage.Frontier;

namespace ShelfScout.Storage.Tests;

/// <summary>The frontier contract on a real SQLite file.</summary>
public sealed class SqliteFrontierTests : FrontierContractTests
{
    protected override async Task<(ICrawlFrontier Store, long RetailerId, IAsyncDisposable Cleanup)> CreateAsync()
    {
        var harness = await StoreHarness.CreateAsync();
        var retailer = await harness.AddRetailerAsync();
        return (harness.Store, retailer.Id, harness);
    }
}
