using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Pages;

/// <summary>
/// One product page's write (<see cref="IProductPageStore"/>): the product under <paramref name="Url"/> as
/// <c>UpsertProductAsync</c> stores it, its offer as <c>RecordOfferAsync</c> records it (the stock observation says when,
/// where and in which run), then the page's reviews and the new-product alert when asked for.
/// </summary>
public sealed record ProductPageWrite(
    long RetailerId,
    string Url,
    ProductData Product,
    DateTimeOffset SeenAt,
    PriceObservation? Price,
    StockObservation Stock,
    OfferFreshness? Freshness)
{
    /// <summary>The reviews the page shows (null: not read; its product's reviews are then not marked read).</summary>
    public IReadOnlyList<ReviewData>? Reviews { get; init; }

    /// <summary>Raise a new-product alert when the catalogue did not list the product before this write (null: never).</summary>
    public NewProductNotice? NewProduct { get; init; }

    /// <summary>The alert that the page's product (stored as <paramref name="productId"/>) is new: its price and stock as the page gives them.</summary>
    public PriceAlert NewProductAlert(long productId, NewProductNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new(PriceAlertKind.NewProduct, productId, notice.Url, Product.Name, null, Product.Price, Product.Currency, null, Product.Availability) { Sku = Product.Sku };
    }
}

/// <summary>
/// A new-product alert for a product the catalogue did not list (inserted now, or found again after being delisted),
/// deduplicated per product and crawl; <paramref name="Url"/> is the URL the alert names (the page's declared one).
/// </summary>
public sealed record NewProductNotice(long CrawlId, string Url)
{
    /// <summary>The alert's deduplication key for product <paramref name="productId"/>: one per product and crawl.</summary>
    public string KeyFor(long productId) => $"new:{productId}:{CrawlId}";
}

/// <summary>What storing a product page did: the product's id, its offer's changes, how many reviews were new, and the new-product alert raised (null: none).</summary>
public sealed record StoredProductPage(long ProductId, OfferChanges Offer, int ReviewsAdded, PriceAlert? NewProductAlert);
