using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Pages;
using ShelfScout.Storage.Sqlite.Alerts;

namespace ShelfScout.Storage.Sqlite.Catalog;

/// <summary>A product page's product, offer, reviews and new-product alert in one transaction (<see cref="IProductPageStore"/>).</summary>
internal sealed class ProductPageQueries(SqliteDatabase database)
{
    public Task<StoredProductPage> StoreAsync(ProductPageWrite page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentException.ThrowIfNullOrWhiteSpace(page.Url);
        ArgumentNullException.ThrowIfNull(page.Product);
        ArgumentNullException.ThrowIfNull(page.Stock);

        // What needs no database is done before the writer's turn.
        var keyed = VariantQueries.Keyed(page.Product.Variants);
        var reviews = page.Reviews is { } read ? ReviewQueries.Prepare(read) : null;
        return database.WriteAsync(
            session =>
            {
                var (id, wasListed) = ProductQueries.Upsert(session, page.RetailerId, page.Url, page.Product, page.SeenAt, askListed: page.NewProduct is not null);
                var offer = ObservationQueries.RecordOffer(session, id, page.Price, page.Stock, keyed, page.Freshness);
                var added = reviews is null ? 0 : ReviewQueries.Add(session, id, reviews, page.SeenAt);
                PriceAlert? alert = null;
                if (page.NewProduct is { } notice && wasListed == false)
                {
                    alert = AlertQueries.Insert(session, page.NewProductAlert(id, notice), notice.KeyFor(id), page.Stock.RunId, page.SeenAt);
                }

                return new StoredProductPage(id, offer, added, alert);
            },
            cancellationToken);
    }

}
