using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Pages;
using ShelfScout.Storage.Postgres.Alerts;

namespace ShelfScout.Storage.Postgres.Catalog;

/// <summary>
/// A product page's product, offer, reviews and new-product alert in one transaction, as SQLite's
/// (<see cref="IProductPageStore"/>). The upsert comes first and locks the product's row, so two processes storing one
/// product's page take turns for the whole write.
/// </summary>
internal sealed class ProductPageQueries(StoreConnections database)
{
    public Task<StoredProductPage> StoreAsync(ProductPageWrite page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentException.ThrowIfNullOrWhiteSpace(page.Url);
        ArgumentNullException.ThrowIfNull(page.Product);
        ArgumentNullException.ThrowIfNull(page.Stock);

        var keyed = VariantQueries.Keyed(page.Product.Variants);
        var reviews = page.Reviews is { } read ? ReviewQueries.Prepare(read) : null;
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                var (id, wasListed) = await ProductQueries.UpsertAsync(connection, transaction, page.RetailerId, page.Url, page.Product, page.SeenAt, cancellationToken).ConfigureAwait(false);
                var offer = await ObservationQueries.RecordOfferAsync(connection, transaction, id, page.Price, page.Stock, keyed, page.Freshness, cancellationToken).ConfigureAwait(false);
                var added = reviews is null ? 0 : await ReviewQueries.AddAsync(connection, transaction, id, reviews, page.SeenAt, cancellationToken).ConfigureAwait(false);
                PriceAlert? alert = null;
                if (page.NewProduct is { } notice && !wasListed)
                {
                    alert = await AlertQueries.InsertAsync(connection, transaction, page.NewProductAlert(id, notice), notice.KeyFor(id), page.Stock.RunId, page.SeenAt, cancellationToken).ConfigureAwait(false);
                }

                return new StoredProductPage(id, offer, added, alert);
            },
            cancellationToken);
    }
}
