using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Sqlite.Catalog;

/// <summary>How much the store holds for one retailer.</summary>
internal sealed class CountQueries(SqliteDatabase database)
{
    private const string CountSql = """
        SELECT
            (SELECT COUNT(*) FROM categories WHERE retailer_id = $retailerId),
            (SELECT COUNT(*) FROM products WHERE retailer_id = $retailerId AND delisted_at IS NULL),
            (SELECT COUNT(*) FROM reviews r JOIN products p ON p.id = r.product_id WHERE p.retailer_id = $retailerId),
            (SELECT COUNT(*) FROM price_history h JOIN products p ON p.id = h.product_id WHERE p.retailer_id = $retailerId),
            (SELECT COUNT(*) FROM stock_history s JOIN products p ON p.id = s.product_id WHERE p.retailer_id = $retailerId);
        """;

    public Task<CatalogCounts> CountAsync(long retailerId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = CountSql;
                command.Bind("$retailerId", retailerId);
                using var reader = command.ExecuteReader();
                reader.Read();
                return new CatalogCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
            },
            cancellationToken);
}
