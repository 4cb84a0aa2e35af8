using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Sites;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Sqlite.Catalog;

/// <summary>
/// The read side of one product's history: finding it by what a person has at hand (the URL as copied from a browser,
/// or a SKU) and reading its price and stock rows in time order.
/// </summary>
internal sealed class ProductHistoryQueries(SqliteDatabase database)
{
    /// <summary>More matches than this are not a list anyone picks from; the caller narrows by retailer instead.</summary>
    public const int MaxMatches = 50;

    private const string ProductColumns = """
        SELECT p.id, p.retailer_id, r.name, p.url, p.name, p.sku, p.first_seen, p.last_seen, p.delisted_at
        FROM products p JOIN retailers r ON r.id = p.retailer_id
        """;

    private const string PricesSql = """
        SELECT observed_at, price, regular_price, currency FROM price_history
        WHERE product_id = $productId ORDER BY observed_at, id;
        """;

    private const string StockSql = """
        SELECT observed_at, availability, quantity FROM stock_history
        WHERE product_id = $productId ORDER BY observed_at, id;
        """;

    public Task<IReadOnlyList<ProductMatch>> FindAsync(string urlOrSku, long? retailerId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(urlOrSku);
        var text = urlOrSku.Trim();

        // Products are stored under their canonical key, so a URL copied with tracking parameters or another
        // spelling of the host still finds its product.
        var canonical = Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? SiteIdentity.PageKey(url)
            : text;
        return database.ReadAsync<IReadOnlyList<ProductMatch>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = ProductColumns + """
                     WHERE (p.url = $text OR p.url = $canonical OR p.sku = $text COLLATE NOCASE)
                       AND ($retailerId IS NULL OR p.retailer_id = $retailerId)
                     ORDER BY r.name, p.url, p.id
                    """ + $" LIMIT {MaxMatches};";
                command.Bind("$text", text).Bind("$canonical", canonical).Bind("$retailerId", retailerId);
                using var reader = command.ExecuteReader();
                var matches = new List<ProductMatch>();
                while (reader.Read())
                {
                    matches.Add(MapProduct(reader));
                }

                return matches;
            },
            cancellationToken);
    }

    public Task<ProductHistory?> GetAsync(long productId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            connection =>
            {
                ProductMatch product;
                using (var command = connection.CreateCommand())
                {
                    command.CommandText = ProductColumns + " WHERE p.id = $productId;";
                    command.Bind("$productId", productId);
                    using var reader = command.ExecuteReader();
                    if (!reader.Read())
                    {
                        return null;
                    }

                    product = MapProduct(reader);
                }

                var prices = new List<PricePoint>();
                using (var command = connection.CreateCommand())
                {
                    command.CommandText = PricesSql;
                    command.Bind("$productId", productId);
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        prices.Add(new PricePoint(reader.GetTime(0), SqliteValues.ParseMoney(reader.GetString(1)), reader.GetMoneyOrNull(2), reader.GetStringOrNull(3)));
                    }
                }

                var stock = new List<StockPoint>();
                using (var command = connection.CreateCommand())
                {
                    command.CommandText = StockSql;
                    command.Bind("$productId", productId);
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        stock.Add(new StockPoint(reader.GetTime(0), AvailabilityNames.FromSchemaValue(reader.GetStringOrNull(1)), reader.GetInt32OrNull(2)));
                    }
                }

                return (ProductHistory?)new ProductHistory(product, prices, stock);
            },
            cancellationToken);

    private static ProductMatch MapProduct(Microsoft.Data.Sqlite.SqliteDataReader reader) =>
        new(
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetStringOrNull(4),
            reader.GetStringOrNull(5),
            reader.GetTime(6),
            reader.GetTime(7),
            reader.GetTimeOrNull(8));
}
