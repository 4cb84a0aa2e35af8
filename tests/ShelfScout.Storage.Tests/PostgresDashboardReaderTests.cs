namespace ShelfScout.Storage.Tests;

/// <summary>The dashboard reader contract on a real PostgreSQL server (a database per test).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDashboardReaderTests : DashboardReaderContractTests
{
    protected override async Task<(IShelfStore Store, Dashboard.IDashboardReader Reader, IAsyncDisposable Cleanup)> CreateAsync()
    {
        var harness = await StoreHarness.CreateAsync(new PostgresBackend());
        return (harness.Store, harness.Reader, harness);
    }
}
