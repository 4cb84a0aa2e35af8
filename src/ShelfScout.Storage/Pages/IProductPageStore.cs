using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Pages;

/// <summary>
/// What a product page read by the crawl gives the store, as one write: the product (upserted by retailer and URL), its
/// offer (price, stock, variants, validators and sitemap date), the reviews read from it, and, on a recheck, the alert
/// that it is new to the catalogue, in one transaction. A page is stored whole or not at all, so a run killed while
/// storing it leaves neither a product without its offer nor a new product without its alert.
/// </summary>
public interface IProductPageStore
{
    Task<StoredProductPage> StoreProductPageAsync(ProductPageWrite page, CancellationToken cancellationToken);
}
