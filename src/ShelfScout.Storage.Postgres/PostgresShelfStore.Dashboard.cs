using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Alerts;
using ShelfScout.Storage.Dashboard;
using ShelfScout.Storage.Postgres.Alerts;
using ShelfScout.Storage.Postgres.Dashboard;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Postgres;

/// <summary>The dashboard's read queries (<see cref="IDashboardReader"/>) on the same database.</summary>
public sealed partial class PostgresShelfStore : IDashboardReader
{
    public Task<IReadOnlyList<RetailerOverview>> GetRetailerOverviewsAsync(DateTimeOffset alertsSince, CancellationToken cancellationToken) =>
        new OverviewQueries(_database).RetailersAsync(alertsSince, cancellationToken);

    public Task<IReadOnlyDictionary<long, int>> CountProductsByCategoryAsync(long retailerId, CancellationToken cancellationToken) =>
        new OverviewQueries(_database).CategoryCountsAsync(retailerId, cancellationToken);

    public Task<ProductPage> QueryProductsAsync(ProductQuery query, CancellationToken cancellationToken) =>
        new ProductListQueries(_database).QueryAsync(query, cancellationToken);

    public Task<ProductExport?> GetProductAsync(long productId, CancellationToken cancellationToken) =>
        _exports.ProductAsync(productId, cancellationToken);

    public Task<IReadOnlyList<RunRecord>> GetRunsAsync(long? retailerId, int limit, CancellationToken cancellationToken) =>
        new RunReadQueries(_database).GetAsync(retailerId, limit, cancellationToken);

    public Task<RunRecord?> GetRunAsync(long runId, CancellationToken cancellationToken) =>
        new RunReadQueries(_database).FindAsync(runId, cancellationToken);

    public Task<IReadOnlyList<PriceAlert>> GetLatestAlertsAsync(AlertQuery query, CancellationToken cancellationToken) =>
        _alerts.GetAsync(query, newestFirst: true, cancellationToken);
}
