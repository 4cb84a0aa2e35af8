using Npgsql;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Alerts;
using ShelfScout.Storage.Postgres.Alerts;
using ShelfScout.Storage.Postgres.Catalog;
using ShelfScout.Storage.Postgres.Export;
using ShelfScout.Storage.Postgres.Frontier;
using ShelfScout.Storage.Postgres.Migrations;
using ShelfScout.Storage.Postgres.Runs;
using ShelfScout.Storage.Pages;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Postgres;

/// <summary>
/// <see cref="IShelfStore"/> on one PostgreSQL database, for many processes at once: the same operations and semantics
/// as SQLite's store (its queries ported file by file), writes as short transactions that lock the row they depend on,
/// the crawl frontier claimed with <c>FOR UPDATE SKIP LOCKED</c> (<see cref="PostgresCrawlFrontier"/>), and alert
/// delivery that never skips an alert committed after a higher one (<see cref="DeliveryQueries"/>).
/// </summary>
public sealed partial class PostgresShelfStore : IShelfStore
{
    private readonly StoreConnections _database;
    private readonly TimeProvider _timeProvider;
    private readonly string _connectionString;
    private readonly PostgresCrawlFrontier _frontier;
    private readonly RetailerQueries _retailers;
    private readonly CategoryQueries _categories;
    private readonly ProductQueries _products;
    private readonly ObservationQueries _observations;
    private readonly ReviewQueries _reviews;
    private readonly ProductPageQueries _productPages;
    private readonly CountQueries _counts;
    private readonly ExportQueries _exports;
    private readonly RunQueries _runs;
    private readonly AlertQueries _alerts;
    private readonly MonitoringQueries _monitoring;
    private readonly ProductHistoryQueries _productHistory;
    private readonly DeliveryQueries _deliveries;
    private readonly VariantQueries _variants;

    private PostgresShelfStore(NpgsqlDataSource dataSource, string connectionString, TimeProvider timeProvider)
    {
        _database = new StoreConnections(dataSource);
        _connectionString = connectionString;
        _timeProvider = timeProvider;
        _frontier = new PostgresCrawlFrontier(dataSource, withCatalog: true, ownsDataSource: false);
        _retailers = new RetailerQueries(_database, timeProvider);
        _categories = new CategoryQueries(_database);
        _products = new ProductQueries(_database);
        _observations = new ObservationQueries(_database);
        _reviews = new ReviewQueries(_database);
        _productPages = new ProductPageQueries(_database);
        _counts = new CountQueries(_database);
        _exports = new ExportQueries(_database);
        _runs = new RunQueries(_database);
        _alerts = new AlertQueries(_database);
        _monitoring = new MonitoringQueries(_database);
        _productHistory = new ProductHistoryQueries(_database);
        _deliveries = new DeliveryQueries(_database);
        _variants = new VariantQueries(_database);
    }

    /// <summary>The schema version this build migrates a database to.</summary>
    public static int CurrentSchemaVersion => PostgresMigrations.CurrentVersion;

    /// <summary>
    /// Connects to <paramref name="connectionString"/> (a <c>postgresql://</c> URL or keyword connection string) and
    /// migrates the schema. Throws <see cref="StoreUnavailableException"/> with a one-line message when it cannot.
    /// </summary>
    public static Task<PostgresShelfStore> OpenAsync(string connectionString, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        OpenAsync(connectionString, PostgresConnections.Describe(connectionString), timeProvider, cancellationToken);

    /// <summary>As <see cref="OpenAsync(string, TimeProvider, CancellationToken)"/>, naming the database as <paramref name="display"/> in errors (a masked form of what the user typed).</summary>
    public static async Task<PostgresShelfStore> OpenAsync(string connectionString, string display, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(timeProvider);
        NpgsqlDataSource dataSource;
        try
        {
            dataSource = PostgresConnections.Create(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw StoreUnavailableException.ForPath(display, $"the PostgreSQL connection string is not valid ({exception.Message})", exception);
        }
        catch (UriFormatException exception)
        {
            throw StoreUnavailableException.ForPath(display, $"the PostgreSQL URL is not valid ({exception.Message})", exception);
        }

        try
        {
            await PostgresMigrations.MigrateAsync(dataSource, timeProvider, cancellationToken).ConfigureAwait(false);
            return new PostgresShelfStore(dataSource, connectionString, timeProvider);
        }
        catch (Exception exception) when (exception is NpgsqlException or PostgresException or System.Net.Sockets.SocketException or TimeoutException)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw PostgresConnections.Unavailable(display, exception);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task InitializeAsync(CancellationToken cancellationToken) =>
        await PostgresMigrations.MigrateAsync(_database.DataSource, _timeProvider, cancellationToken).ConfigureAwait(false);

    /// <summary>The database this store is open on, with no password: safe to print.</summary>
    public string Display => PostgresConnections.Describe(_connectionString);

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

    public async ValueTask DisposeAsync()
    {
        await _frontier.DisposeAsync().ConfigureAwait(false);
        await _database.DataSource.DisposeAsync().ConfigureAwait(false);
    }
}
