using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Catalog;

/// <summary>
/// The catalogue: retailers, categories, products with their links and reviews, and what monitoring needs to know
/// about them. Every write is idempotent: a re-run never duplicates a retailer, category, product, link or review.
/// </summary>
public interface ICatalogStore
{
    Task<RetailerRecord> UpsertRetailerAsync(string name, Uri baseUrl, CancellationToken cancellationToken);

    Task<RetailerRecord?> FindRetailerAsync(long id, CancellationToken cancellationToken);

    Task<RetailerRecord?> FindRetailerByNameAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<RetailerRecord>> GetRetailersAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or updates a category keyed by (retailer, canonical URL).</summary>
    Task<CategoryRecord> UpsertCategoryAsync(long retailerId, CategoryUpsert category, CancellationToken cancellationToken);

    Task<IReadOnlyList<CategoryRecord>> GetCategoriesAsync(long retailerId, CancellationToken cancellationToken);

    /// <summary>Inserts or updates a product keyed by (retailer, canonical URL); returns its id.</summary>
    Task<long> UpsertProductAsync(long retailerId, string url, ProductData product, DateTimeOffset seenAt, CancellationToken cancellationToken);

    /// <summary>A retailer's products with exactly this name (id, URL, SKU): the candidates when one product is reached under another path.</summary>
    Task<IReadOnlyList<(long Id, string Url, string? Sku)>> FindProductsByNameAsync(long retailerId, string name, CancellationToken cancellationToken);

    /// <summary>
    /// Products whose URL is <paramref name="urlOrSku"/> as given or as its canonical key, or whose SKU it is (ignoring
    /// case), in any retailer or only <paramref name="retailerId"/>; at most 50, by retailer name and URL.
    /// </summary>
    Task<IReadOnlyList<ProductMatch>> FindProductsAsync(string urlOrSku, long? retailerId, CancellationToken cancellationToken);

    /// <summary>A product with its price and stock rows, oldest first; null when no product has this id.</summary>
    Task<ProductHistory?> GetProductHistoryAsync(long productId, CancellationToken cancellationToken);

    /// <summary>Records that a product is listed in a category (no-op when already linked).</summary>
    Task LinkProductToCategoryAsync(long productId, long categoryId, CancellationToken cancellationToken);

    /// <summary>Products of a retailer with their current price and stock (for monitoring).</summary>
    Task<IReadOnlyList<ProductRef>> GetProductRefsAsync(long retailerId, CancellationToken cancellationToken);

    /// <summary>Listed products by every frontier key a page of theirs was reached under and by their own URL (for a recheck crawl).</summary>
    Task<IReadOnlyDictionary<string, ProductRef>> GetKnownProductsAsync(long retailerId, CancellationToken cancellationToken);

    /// <summary>Listed products the crawl neither fetched nor saw on a listing card: candidates for delisting.</summary>
    Task<IReadOnlyList<ProductRef>> GetUnseenProductsAsync(long crawlId, long retailerId, CancellationToken cancellationToken);

    /// <summary>
    /// Records that a product was observed now (its page read, a 304, an unchanged card), keeping the page's newest
    /// validators and the sitemap's <c>lastmod</c> for it (null arguments keep the stored values).
    /// </summary>
    Task TouchProductAsync(long productId, DateTimeOffset observedAt, string? etag, string? lastModified, string? sitemapLastmod, CancellationToken cancellationToken);

    /// <summary>Marks a product delisted (its page answers 404/410 or is no longer a product page) and raises the alert; null when it already was.</summary>
    Task<PriceAlert?> DelistProductAsync(long productId, DateTimeOffset at, long? runId, CancellationToken cancellationToken);

    /// <summary>
    /// Removes a product record that was never a product (a page the crawl stored as one before its template group
    /// decided otherwise), with its history, links and alerts. A product that was listed before is delisted instead.
    /// </summary>
    Task RemoveProductAsync(long productId, CancellationToken cancellationToken);

    /// <summary>Removes a category record that was never a category (a product page taken for a listing until its group decided); its links go with it, its subcategories lose their parent.</summary>
    Task RemoveCategoryAsync(long categoryId, CancellationToken cancellationToken);

    /// <summary>Adds reviews not already stored for the product (dedup by author, date, title, body, rating). Returns how many were new.</summary>
    Task<int> AddReviewsAsync(long productId, IReadOnlyList<ReviewData> reviews, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the reviews read from the product's page (as <see cref="AddReviewsAsync(long, IReadOnlyList{ReviewData}, CancellationToken)"/>)
    /// and marks its reviews read at <paramref name="readAt"/> (<see cref="Records.ProductRef.ReviewsReadAt"/>), in one write.
    /// </summary>
    Task<int> AddReviewsAsync(long productId, IReadOnlyList<ReviewData> reviews, DateTimeOffset readAt, CancellationToken cancellationToken);

    Task<CatalogCounts> CountAsync(long retailerId, CancellationToken cancellationToken);

    IAsyncEnumerable<ProductExport> ExportProductsAsync(long? retailerId, CancellationToken cancellationToken);

    IAsyncEnumerable<PriceHistoryExport> ExportPriceHistoryAsync(long? retailerId, CancellationToken cancellationToken);

    IAsyncEnumerable<ReviewExport> ExportReviewsAsync(long? retailerId, CancellationToken cancellationToken);

    /// <summary>Every stored variant with its product URL and latest price and availability, by product then first seen.</summary>
    IAsyncEnumerable<VariantExport> ExportVariantsAsync(long? retailerId, CancellationToken cancellationToken);
}
