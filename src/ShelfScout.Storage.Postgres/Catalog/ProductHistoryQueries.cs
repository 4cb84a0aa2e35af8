using Npgsql;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Sites;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Postgres.Catalog;

/// <summary>One product's history as SQLite's: found by its URL as copied (or its canonical key) or by SKU ignoring case.</summary>
internal sealed class ProductHistoryQueries(StoreConnections database)
{
    /// <summary>More matches than this are not a list anyone picks from; the caller narrows by retailer instead.</summary>
    public const int MaxMatches = 50;

    private const string ProductColumns = """
        SELECT p.id, p.retailer_id, r.name, p.url, p.name, p.sku, p.first_seen, p.last_seen, p.delisted_at
        FROM products p JOIN retailers r ON r.id = p.retailer_id
        """;

    public async Task<IReadOnlyList<ProductMatch>> FindAsync(string urlOrSku, long? retailerId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(urlOrSku);
        var text = urlOrSku.Trim();
        var canonical = Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? SiteIdentity.PageKey(url)
            : text;
        return await database.ListAsync(
            ProductColumns + """
                 WHERE (p.url = @text OR p.url = @canonical OR lower(p.sku) = lower(@text))
                   AND (@retailerId::bigint IS NULL OR p.retailer_id = @retailerId)
                 ORDER BY r.name COLLATE "C", p.url COLLATE "C", p.id
                """ + $" LIMIT {MaxMatches};",
            c => c.Bind("text", text).Bind("canonical", canonical).Bind("retailerId", retailerId),
            MapProduct,
            cancellationToken).ConfigureAwait(false);
    }

    public Task<ProductHistory?> GetAsync(long productId, CancellationToken cancellationToken) =>
        database.ReadAsync<ProductHistory?>(
            async connection =>
            {
                ProductMatch? product;
                await using (var command = connection.Command(ProductColumns + " WHERE p.id = @productId;").Bind("productId", productId))
                {
                    product = await command.FirstOrDefaultAsync(MapProduct, cancellationToken).ConfigureAwait(false);
                }

                if (product is null)
                {
                    return null;
                }

                List<PricePoint> prices;
                await using (var command = connection.Command("SELECT observed_at, price, regular_price, currency FROM price_history WHERE product_id = @productId ORDER BY observed_at, id;").Bind("productId", productId))
                {
                    prices = await command.ListAsync(r => new PricePoint(r.GetTime(0), r.GetDecimal(1), r.GetMoneyOrNull(2), r.GetStringOrNull(3)), cancellationToken).ConfigureAwait(false);
                }

                List<StockPoint> stock;
                await using (var command = connection.Command("SELECT observed_at, availability, quantity FROM stock_history WHERE product_id = @productId ORDER BY observed_at, id;").Bind("productId", productId))
                {
                    stock = await command.ListAsync(r => new StockPoint(r.GetTime(0), AvailabilityNames.FromSchemaValue(r.GetStringOrNull(1)), r.GetInt32OrNull(2)), cancellationToken).ConfigureAwait(false);
                }

                return new ProductHistory(product, prices, stock);
            },
            cancellationToken);

    private static ProductMatch MapProduct(NpgsqlDataReader reader) =>
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
