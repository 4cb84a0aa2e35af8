using ShelfScout.Storage.Alerts;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Dashboard;

/// <summary>
/// The read-only queries the web dashboard needs beyond <see cref="IShelfStore"/>: overviews, a filtered and paged
/// product list that stays fast on large catalogues, one product with its offer, runs and newest-first alerts.
/// </summary>
public interface IDashboardReader
{
    /// <summary>Every retailer with its counts, latest run and the number of alerts raised at or after <paramref name="alertsSince"/>.</summary>
    Task<IReadOnlyList<RetailerOverview>> GetRetailerOverviewsAsync(DateTimeOffset alertsSince, CancellationToken cancellationToken);

    /// <summary>How many products are linked directly to each category of a retailer (categories without products are absent).</summary>
    Task<IReadOnlyDictionary<long, int>> CountProductsByCategoryAsync(long retailerId, CancellationToken cancellationToken);

    /// <summary>One page of products matching <paramref name="query"/>, with the number of all matches.</summary>
    Task<ProductPage> QueryProductsAsync(ProductQuery query, CancellationToken cancellationToken);

    /// <summary>One product with its latest offer, images, categories and variants; null when no product has this id.</summary>
    Task<ProductExport?> GetProductAsync(long productId, CancellationToken cancellationToken);

    /// <summary>Runs, newest first, optionally of one retailer.</summary>
    Task<IReadOnlyList<RunRecord>> GetRunsAsync(long? retailerId, int limit, CancellationToken cancellationToken);

    Task<RunRecord?> GetRunAsync(long runId, CancellationToken cancellationToken);

    /// <summary>Alerts matching <paramref name="query"/>, newest first (its <see cref="AlertQuery.Limit"/> keeps the newest).</summary>
    Task<IReadOnlyList<Domain.Runs.PriceAlert>> GetLatestAlertsAsync(AlertQuery query, CancellationToken cancellationToken);
}
