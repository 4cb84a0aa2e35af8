using Microsoft.Data.Sqlite;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Alerts;
using ShelfScout.Storage.Frontier;
using ShelfScout.Storage.Pages;
using ShelfScout.Storage.Records;
using ShelfScout.Storage.Sqlite.Alerts;
using ShelfScout.Storage.Sqlite.Catalog;
using ShelfScout.Storage.Sqlite.Export;
using ShelfScout.Storage.Sqlite.Frontier;
using ShelfScout.Storage.Sqlite.Runs;

namespace ShelfScout.Storage.Sqlite;

/// <summary>
/// <see cref="IShelfStore"/> on one SQLite file (WAL, foreign keys, versioned migrations). Safe for concurrent use:
/// writes are serialised in-process onto one connection, reads run in parallel on pooled read-only connections.
/// </summary>
public sealed partial class SqliteShelfStore : IShelfStore
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly RetailerQueries _retailers;
    private readonly CategoryQueries _categories;
    private readonly ProductQueries _products;
    private readonly ObservationQueries _observations;
    private readonly ReviewQueries _reviews;
    private readonly ProductPageQueries _productPages;
    private readonly CountQueries _counts;
    private readonly ExportQueries _exports;
    private readonly RunQueries _runs;
    private readonly FrontierQueries _frontier;
    private readonly AlertQueries _alerts;
    private readonly MonitoringQueries _monitoring;
    private readonly ProductHistoryQueries _productHistory;
    private readonly DeliveryQueries _deliveries;
    private readonly VariantQueries _variants;

    private SqliteShelfStore(SqliteDatabase database, TimeProvider timeProvider)
    {
        _database = database;
        _timeProvider = timeProvider;
        _retailers = new RetailerQueries(database, timeProvider);
        _categories = new CategoryQueries(database);
        _products = new ProductQueries(database);
        _observations = new ObservationQueries(database);
        _reviews = new ReviewQueries(database);
        _productPages = new ProductPageQueries(database);
        _counts = new CountQueries(database);
        _exports = new ExportQueries(database);
        _runs = new RunQueries(database);
        _frontier = new FrontierQueries(database);
        _alerts = new AlertQueries(database);
        _monitoring = new MonitoringQueries(database);
        _productHistory = new ProductHistoryQueries(database);
        _deliveries = new DeliveryQueries(database);
        _variants = new VariantQueries(database);
    }

    /// <summary>The database file path as given to <see cref="OpenAsync"/>.</summary>
    public string DatabasePath => _database.Path;

    /// <summary>
    /// Opens (creating the file and its directory when missing) and migrates the database.
    /// Throws <see cref="StoreUnavailableException"/> with a one-line message when the path cannot be used.
    /// </summary>
    public static Task<SqliteShelfStore> OpenAsync(string databasePath, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        OpenAsync(databasePath, timeProvider, targetVersion: null, cancellationToken);

    /// <summary>Opens and migrates only up to <paramref name="targetVersion"/>; lets tests build an old-schema database.</summary>
    internal static async Task<SqliteShelfStore> OpenAsync(
        string databasePath, TimeProvider timeProvider, int? targetVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(timeProvider);
        SqliteDatabase database;
        try
        {
            database = await SqliteDatabase.OpenAsync(databasePath, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw StoreUnavailableException.ForPath(databasePath, SqliteErrors.Describe(exception), exception);
        }

        var store = new SqliteShelfStore(database, timeProvider);
        try
        {
            await store.MigrateAsync(targetVersion, cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => MigrateAsync(null, cancellationToken);

    public Task<RetailerRecord> UpsertRetailerAsync(string name, Uri baseUrl, CancellationToken cancellationToken) =>
        _retailers.UpsertAsync(name, baseUrl, cancellationToken);

    public Task<RetailerRecord?> FindRetailerAsync(long id, CancellationToken cancellationToken) =>
        _retailers.FindAsync(id, cancellationToken);

    public Task<RetailerRecord?> FindRetailerByNameAsync(string name, CancellationToken cancellationToken) =>
        _retailers.FindByNameAsync(name, cancellationToken);

    public Task<IReadOnlyList<RetailerRecord>> GetRetailersAsync(CancellationToken cancellationToken) =>
        _retailers.GetAllAsync(cancellationToken);

    public Task<CategoryRecord> UpsertCategoryAsync(long retailerId, CategoryUpsert category, CancellationToken cancellationToken) =>
        _categories.UpsertAsync(retailerId, category, cancellationToken);

    public Task<IReadOnlyList<CategoryRecord>> GetCategoriesAsync(long retailerId, CancellationToken cancellationToken) =>
        _categories.GetAllAsync(retailerId, cancellationToken);

    public Task<long> UpsertProductAsync(long retailerId, string url, ProductData product, DateTimeOffset seenAt, CancellationToken cancellationToken) =>
        _products.UpsertAsync(retailerId, url, product, seenAt, cancellationToken);

    public Task<IReadOnlyList<(long Id, string Url, string? Sku)>> FindProductsByNameAsync(long retailerId, string name, CancellationToken cancellationToken) =>
        _products.FindByNameAsync(retailerId, name, cancellationToken);

    public Task<IReadOnlyList<ProductMatch>> FindProductsAsync(string urlOrSku, long? retailerId, CancellationToken cancellationToken) =>
        _productHistory.FindAsync(urlOrSku, retailerId, cancellationToken);

    public Task<ProductHistory?> GetProductHistoryAsync(long productId, CancellationToken cancellationToken) =>
        _productHistory.GetAsync(productId, cancellationToken);

    public Task LinkProductToCategoryAsync(long productId, long categoryId, CancellationToken cancellationToken) =>
        _products.LinkToCategoryAsync(productId, categoryId, cancellationToken);

    public Task<IReadOnlyList<ProductRef>> GetProductRefsAsync(long retailerId, CancellationToken cancellationToken) =>
        _products.GetRefsAsync(retailerId, cancellationToken);

    public Task<IReadOnlyDictionary<string, ProductRef>> GetKnownProductsAsync(long retailerId, CancellationToken cancellationToken) =>
        _monitoring.GetKnownAsync(retailerId, cancellationToken);

    public Task<IReadOnlyList<ProductRef>> GetUnseenProductsAsync(long crawlId, long retailerId, CancellationToken cancellationToken) =>
        _monitoring.GetUnseenAsync(crawlId, retailerId, cancellationToken);

    public Task TouchProductAsync(long productId, DateTimeOffset observedAt, string? etag, string? lastModified, string? sitemapLastmod, CancellationToken cancellationToken) =>
        _monitoring.TouchAsync(productId, observedAt, etag, lastModified, sitemapLastmod, cancellationToken);

    public Task RemoveProductAsync(long productId, CancellationToken cancellationToken) =>
        _products.RemoveAsync(productId, cancellationToken);

    public Task RemoveCategoryAsync(long categoryId, CancellationToken cancellationToken) =>
        _categories.RemoveAsync(categoryId, cancellationToken);

    public Task<PriceAlert?> DelistProductAsync(long productId, DateTimeOffset at, long? runId, CancellationToken cancellationToken) =>
        _monitoring.DelistAsync(productId, at, runId, cancellationToken);

    public Task<PriceChange?> RecordPriceAsync(long productId, PriceObservation observation, CancellationToken cancellationToken) =>
        _observations.RecordPriceAsync(productId, observation, cancellationToken);

    public Task<StockChange?> RecordStockAsync(long productId, StockObservation observation, CancellationToken cancellationToken) =>
        _observations.RecordStockAsync(productId, observation, cancellationToken);

    public Task<OfferChanges> RecordOfferAsync(long productId, PriceObservation? price, StockObservation stock, IReadOnlyList<ProductVariant> variants, OfferFreshness? freshness, CancellationToken cancellationToken) =>
        _observations.RecordOfferAsync(productId, price, stock, variants, freshness, cancellationToken);

    public Task<StoredProductPage> StoreProductPageAsync(ProductPageWrite page, CancellationToken cancellationToken) =>
        _productPages.StoreAsync(page, cancellationToken);

    public Task<VariantOfferChanges> RecordVariantOffersAsync(
        long productId,
        IReadOnlyList<ProductVariant> variants,
        DateTimeOffset observedAt,
        string? sourceUrl,
        long? runId,
        CancellationToken cancellationToken) =>
        _variants.RecordAsync(productId, variants, observedAt, sourceUrl, runId, cancellationToken);

    public Task<int> AddReviewsAsync(long productId, IReadOnlyList<ReviewData> reviews, CancellationToken cancellationToken) =>
        _reviews.AddAsync(productId, reviews, cancellationToken);

    public Task<int> AddReviewsAsync(long productId, IReadOnlyList<ReviewData> reviews, DateTimeOffset readAt, CancellationToken cancellationToken) =>
        _reviews.AddAsync(productId, reviews, readAt, cancellationToken);

    public Task<CatalogCounts> CountAsync(long retailerId, CancellationToken cancellationToken) =>
        _counts.CountAsync(retailerId, cancellationToken);

    public IAsyncEnumerable<ProductExport> ExportProductsAsync(long? retailerId, CancellationToken cancellationToken) =>
        _exports.ProductsAsync(retailerId, cancellationToken);

    public IAsyncEnumerable<PriceHistoryExport> ExportPriceHistoryAsync(long? retailerId, CancellationToken cancellationToken) =>
        _exports.PriceHistoryAsync(retailerId, cancellationToken);

    public IAsyncEnumerable<ReviewExport> ExportReviewsAsync(long? retailerId, CancellationToken cancellationToken) =>
        _exports.ReviewsAsync(retailerId, cancellationToken);

    public IAsyncEnumerable<VariantExport> ExportVariantsAsync(long? retailerId, CancellationToken cancellationToken) =>
        _exports.VariantsAsync(retailerId, cancellationToken);

    public Task<long> StartRunAsync(long retailerId, DateTimeOffset startedAt, string settingsJson, string? owner, CancellationToken cancellationToken) =>
        _runs.StartAsync(retailerId, startedAt, settingsJson, owner, cancellationToken);

    public Task<IReadOnlyList<(long RunId, string? Owner)>> GetUnfinishedRunsAsync(long retailerId, CancellationToken cancellationToken) =>
        _runs.GetUnfinishedAsync(retailerId, cancellationToken);

    public Task<CrawlRecord?> GetLatestCrawlAsync(long retailerId, CancellationToken cancellationToken) =>
        _frontier.GetLatestAsync(retailerId, cancellationToken);

    public Task<CrawlRecord> StartCrawlAsync(long retailerId, DateTimeOffset now, CancellationToken cancellationToken) =>
        _frontier.StartAsync(retailerId, now, cancellationToken);

    public Task FinishCrawlAsync(long crawlId, CrawlStatus status, DateTimeOffset now, CancellationToken cancellationToken) =>
        _frontier.FinishAsync(crawlId, status, now, cancellationToken);

    public Task<int> EnqueueAsync(long crawlId, IReadOnlyList<FrontierSeed> seeds, DateTimeOffset now, CancellationToken cancellationToken) =>
        _frontier.EnqueueAsync(crawlId, seeds, now, cancellationToken);

    public Task<IReadOnlyList<FrontierEntry>> ClaimAsync(long crawlId, FrontierClaim claim, DateTimeOffset now, CancellationToken cancellationToken) =>
        _frontier.ClaimAsync(crawlId, claim, now, cancellationToken);

    public Task CompleteAsync(long entryId, FrontierCompletion completion, DateTimeOffset now, CancellationToken cancellationToken) =>
        _frontier.CompleteAsync(entryId, completion, now, cancellationToken);

    public Task<int> RenewLeasesAsync(long crawlId, string owner, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken) =>
        _frontier.RenewLeasesAsync(crawlId, owner, lease, now, cancellationToken);

    public Task<bool> TryLockRetailerAsync(long retailerId, string owner, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken) =>
        _frontier.TryLockRetailerAsync(retailerId, owner, lease, now, cancellationToken);

    public Task UnlockRetailerAsync(long retailerId, string owner, CancellationToken cancellationToken) =>
        _frontier.UnlockRetailerAsync(retailerId, owner, cancellationToken);

    public Task<int> ReleaseAsync(long crawlId, string owner, CancellationToken cancellationToken) =>
        _frontier.ReleaseAsync(crawlId, owner, cancellationToken);

    public Task<int> RequeueFailedAsync(long crawlId, int maxAttempts, CancellationToken cancellationToken) =>
        _frontier.RequeueFailedAsync(crawlId, maxAttempts, cancellationToken);

    public Task<int> RequeueDeferredAsync(long crawlId, CancellationToken cancellationToken) =>
        _frontier.RequeueDeferredAsync(crawlId, cancellationToken);

    public Task<FrontierCounts> CountFrontierAsync(long crawlId, CancellationToken cancellationToken) =>
        _frontier.CountAsync(crawlId, cancellationToken);

    public Task<int> ResolveListingLinksAsync(long crawlId, long retailerId, CancellationToken cancellationToken) =>
        _frontier.ResolveListingLinksAsync(crawlId, retailerId, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> GetCategoryAliasesAsync(long crawlId, CancellationToken cancellationToken) =>
        _frontier.GetCategoryAliasesAsync(crawlId, cancellationToken);

    public Task<IReadOnlyList<(string Url, string? Error)>> GetFailedAsync(long crawlId, CancellationToken cancellationToken) =>
        _frontier.GetFailedAsync(crawlId, cancellationToken);

    public Task<CoverageEvidence> GetCoverageEvidenceAsync(long crawlId, CancellationToken cancellationToken) =>
        _frontier.GetCoverageEvidenceAsync(crawlId, cancellationToken);

    public Task<IReadOnlyList<RoleTally>> GetRoleTallyAsync(long crawlId, CancellationToken cancellationToken) =>
        _frontier.GetRoleTallyAsync(crawlId, cancellationToken);

    public Task<IReadOnlyList<FrontierDecision>> GetGroupDecisionsAsync(long crawlId, string template, FrontierReason reason, RoleBasis basis, PageKind pageKind, CancellationToken cancellationToken) =>
        _frontier.GetGroupDecisionsAsync(crawlId, template, reason, basis, pageKind, cancellationToken);

    public Task<int> RedecideAsync(long crawlId, IReadOnlyList<long> entryIds, int priority, CancellationToken cancellationToken) =>
        _frontier.RedecideAsync(crawlId, entryIds, priority, cancellationToken);

    public Task<IReadOnlyList<FrontierExplanation>> ExplainAsync(long retailerId, string urlKey, CancellationToken cancellationToken) =>
        _frontier.ExplainAsync(retailerId, urlKey, cancellationToken);

    public Task RecordRunErrorAsync(long runId, RunError error, CancellationToken cancellationToken) =>
        _runs.RecordErrorAsync(runId, error, cancellationToken);

    public Task RecordStageResultAsync(long runId, StageResult result, CancellationToken cancellationToken) =>
        _runs.RecordStageAsync(runId, result, cancellationToken);

    public Task FinishRunAsync(long runId, DateTimeOffset finishedAt, RunStatus status, CancellationToken cancellationToken) =>
        _runs.FinishAsync(runId, finishedAt, status, cancellationToken);

    public Task<IReadOnlyList<RunError>> GetRunErrorsAsync(long runId, CancellationToken cancellationToken) =>
        _runs.GetErrorsAsync(runId, cancellationToken);

    public Task<PriceAlert?> RaiseAlertAsync(PriceAlert alert, string dedupKey, long? runId, DateTimeOffset raisedAt, CancellationToken cancellationToken) =>
        _alerts.RaiseAsync(alert, dedupKey, runId, raisedAt, cancellationToken);

    public Task<IReadOnlyList<PriceAlert>> GetAlertsAsync(AlertQuery query, CancellationToken cancellationToken) =>
        _alerts.GetAsync(query, cancellationToken);

    public Task<int> CountAlertsAsync(AlertQuery query, CancellationToken cancellationToken) =>
        _alerts.CountAsync(query, cancellationToken);

    public Task<long> OpenDeliveryCursorAsync(string targetKey, long retailerId, DateTimeOffset now, CancellationToken cancellationToken) =>
        _deliveries.OpenCursorAsync(targetKey, retailerId, now, cancellationToken);

    public Task AdvanceDeliveryCursorAsync(string targetKey, long retailerId, long cursorAlertId, CancellationToken cancellationToken) =>
        _deliveries.AdvanceCursorAsync(targetKey, retailerId, cursorAlertId, cancellationToken);

    public Task<IReadOnlyList<AlertDelivery>> GetDeliveriesAsync(string targetKey, long afterAlertId, CancellationToken cancellationToken) =>
        _deliveries.GetAsync(targetKey, afterAlertId, cancellationToken);

    public Task RecordDeliveriesAsync(
        string targetKey,
        IReadOnlyCollection<long> alertIds,
        AlertDeliveryStatus status,
        int attempts,
        string? error,
        DateTimeOffset at,
        CancellationToken cancellationToken) =>
        _deliveries.RecordAsync(targetKey, alertIds, status, attempts, error, at, cancellationToken);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task MigrateAsync(int? targetVersion, CancellationToken cancellationToken)
    {
        try
        {
            await _database.MigrateAsync(_timeProvider, targetVersion, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException exception)
        {
            throw StoreUnavailableException.ForPath(_database.Path, SqliteErrors.Describe(exception), exception);
        }
    }
}
