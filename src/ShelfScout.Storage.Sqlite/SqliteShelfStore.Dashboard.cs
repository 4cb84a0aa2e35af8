using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Alerts;
using ShelfScout.Storage.Dashboard;
using ShelfScout.Storage.Records;
using ShelfScout.Storage.Sqlite.Alerts;
using ShelfScout.Storage.Sqlite.Dashboard;
using ShelfScout.Storage.Sqlite.Export;

namespace ShelfScout.Storage.Sqlite;

/// <summary>The dashboard's read queries (<see cref="IDashboardReader"/>) on the same file; the query objects only hold the database.</summary>
public sealed partial class SqliteShelfStore : IDashboardReader
{
    public Task<IReadOnlyList<RetailerOverview>> GetRetailerOverviewsAsync(DateTimeOffset alertsSince, CancellationToken cancellationToken) =>
        new OverviewQueries(_database).RetailersAsync(alertsSince, cancellationToken);

    public Task<IReadOnlyDictionary<long, int>> CountProductsByCategoryAsync(long retailerId, CancellationToken cancellationToken) =>
        new OverviewQueries(_database).CategoryCountsAsync(retailerId, cancellationToken);

    public Task<ProductPage> QueryProductsAsync(ProductQuery query, CancellationToken cancellationToken) =>
        new ProductListQueries(_database).QueryAsync(query, cancellationToken);

    public Task<ProductExport?> GetProductAsync(long productId, CancellationToken cancellationToken) =>
        new ExportQueries(_database).ProductAsync(productId, cancellationToken);

    public Task<IReadOnlyList<RunRecord>> GetRunsAsync(long? retailerId, int limit, CancellationToken cancellationToken) =>
        new RunReadQueries(_database).GetAsync(retailerId, limit, cancellationToken);

    public Task<RunRecord?> GetRunAsync(long runId, CancellationToken cancellationToken) =>
        new RunReadQueries(_database).FindAsync(runId, cancellationToken);

    public Task<IReadOnlyList<PriceAlert>> GetLatestAlertsAsync(AlertQuery query, CancellationToken cancellationToken) =>
        new AlertQueries(_database).GetAsync(query, newestFirst: true, cancellationToken);
}
