using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Postgres.Catalog;

/// <summary>How much the store holds for one retailer.</summary>
internal sealed class CountQueries(StoreConnections database)
{
    private const string CountSql = """
        SELECT
            (SELECT COUNT(*) FROM categories WHERE retailer_id = @retailerId)::integer,
            (SELECT COUNT(*) FROM products WHERE retailer_id = @retailerId AND delisted_at IS NULL)::integer,
            (SELECT COUNT(*) FROM reviews r JOIN products p ON p.id = r.product_id WHERE p.retailer_id = @retailerId)::integer,
            (SELECT COUNT(*) FROM price_history h JOIN products p ON p.id = h.product_id WHERE p.retailer_id = @retailerId)::integer,
            (SELECT COUNT(*) FROM stock_history s JOIN products p ON p.id = s.product_id WHERE p.retailer_id = @retailerId)::integer;
        """;

    public async Task<CatalogCounts> CountAsync(long retailerId, CancellationToken cancellationToken) =>
        (await database.ListAsync(
            CountSql,
            c => c.Bind("retailerId", retailerId),
            r => new CatalogCounts(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)),
            cancellationToken).ConfigureAwait(false))[0];
}
