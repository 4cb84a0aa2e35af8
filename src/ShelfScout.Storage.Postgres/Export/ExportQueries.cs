using System.Runtime.CompilerServices;
using System.Text.Json;
using Npgsql;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Postgres.Export;

/// <summary>
/// Streams products (with their variants), variants, history and reviews row by row, optionally for one retailer, as
/// SQLite's. Lists nested in a product row (categories, variants) come as JSON built by the server (<c>json_agg</c>),
/// money inside it as text so it stays exact.
/// </summary>
internal sealed class ExportQueries(StoreConnections database)
{
    private const string ProductsSql = """
        SELECT p.id, r.name, p.url, p.name, p.sku, p.gtin, p.mpn, p.brand, p.description,
               lp.price, lp.regular_price, lp.currency, ls.availability, ls.quantity,
               p.rating, p.review_count, p.images,
               ARRAY(SELECT c.path FROM product_categories pc JOIN categories c ON c.id = pc.category_id WHERE pc.product_id = p.id),
               p.first_seen, p.last_seen,
               COALESCE((SELECT json_agg(json_build_object(
                    'key', v.variant_key, 'sku', v.sku, 'gtin', v.gtin, 'name', v.name, 'options', v.options_json::json,
                    'price', vp.price::text, 'currency', vp.currency, 'regularPrice', vp.regular_price::text,
                    'availability', vs.availability, 'quantity', vs.quantity,
                    'firstSeen', v.first_seen_at, 'lastSeen', v.last_seen_at) ORDER BY v.id)
                FROM product_variants v
                LEFT JOIN LATERAL (SELECT h.price, h.currency, h.regular_price FROM variant_price_history h WHERE h.variant_id = v.id ORDER BY h.observed_at DESC, h.id DESC LIMIT 1) vp ON true
                LEFT JOIN LATERAL (SELECT s.availability, s.quantity FROM variant_stock_history s WHERE s.variant_id = v.id ORDER BY s.observed_at DESC, s.id DESC LIMIT 1) vs ON true
                WHERE v.product_id = p.id), '[]'::json)::text
        FROM products p
        JOIN retailers r ON r.id = p.retailer_id
        LEFT JOIN LATERAL (SELECT h.price, h.regular_price, h.currency FROM price_history h WHERE h.product_id = p.id ORDER BY h.observed_at DESC, h.id DESC LIMIT 1) lp ON true
        LEFT JOIN LATERAL (SELECT s.availability, s.quantity FROM stock_history s WHERE s.product_id = p.id ORDER BY s.observed_at DESC, s.id DESC LIMIT 1) ls ON true
        {0}
        ORDER BY p.id;
        """;

    // Product-level rows, then variant rows, ordered by product, time, product before variants, variant, kind and row id.
    private const string HistorySql = """
        SELECT * FROM (
            SELECT r.name, p.url, p.sku, h.price, h.regular_price, h.currency, NULL::text AS availability, NULL::integer AS quantity, h.observed_at, 'price' AS kind, p.id AS product_id, h.id AS row_id, NULL::text AS variant, NULL::text AS variant_sku, 0::bigint AS variant_id
            FROM price_history h JOIN products p ON p.id = h.product_id JOIN retailers r ON r.id = p.retailer_id
            {0}
            UNION ALL
            SELECT r.name, p.url, p.sku, NULL, NULL, NULL, s.availability, s.quantity, s.observed_at, 'stock', p.id, s.id, NULL, NULL, 0
            FROM stock_history s JOIN products p ON p.id = s.product_id JOIN retailers r ON r.id = p.retailer_id
            {0}
            UNION ALL
            SELECT r.name, p.url, p.sku, h.price, h.regular_price, h.currency, NULL, NULL, h.observed_at, 'price', p.id, h.id, v.variant_key, v.sku, v.id
            FROM variant_price_history h JOIN product_variants v ON v.id = h.variant_id
            JOIN products p ON p.id = v.product_id JOIN retailers r ON r.id = p.retailer_id
            {0}
            UNION ALL
            SELECT r.name, p.url, p.sku, NULL, NULL, NULL, s.availability, s.quantity, s.observed_at, 'stock', p.id, s.id, v.variant_key, v.sku, v.id
            FROM variant_stock_history s JOIN product_variants v ON v.id = s.variant_id
            JOIN products p ON p.id = v.product_id JOIN retailers r ON r.id = p.retailer_id
            {0}) x
        ORDER BY product_id, observed_at, variant_id, kind, row_id;
        """;

    private const string VariantsSql = """
        SELECT r.name, p.url, v.variant_key, v.sku, v.gtin, v.name, v.options_json, lp.price, lp.currency, ls.availability,
               v.first_seen_at, v.last_seen_at, lp.regular_price, ls.quantity
        FROM product_variants v
        JOIN products p ON p.id = v.product_id
        JOIN retailers r ON r.id = p.retailer_id
        LEFT JOIN LATERAL (SELECT h.price, h.currency, h.regular_price FROM variant_price_history h WHERE h.variant_id = v.id ORDER BY h.observed_at DESC, h.id DESC LIMIT 1) lp ON true
        LEFT JOIN LATERAL (SELECT s.availability, s.quantity FROM variant_stock_history s WHERE s.variant_id = v.id ORDER BY s.observed_at DESC, s.id DESC LIMIT 1) ls ON true
        {0}
        ORDER BY p.id, v.id;
        """;

    private const string ReviewsSql = """
        SELECT r.name, p.url, v.author, v.rating, v.title, v.body, v.date
        FROM reviews v JOIN products p ON p.id = v.product_id JOIN retailers r ON r.id = p.retailer_id
        {0}
        ORDER BY p.id, v.id;
        """;

    public IAsyncEnumerable<ProductExport> ProductsAsync(long? retailerId, CancellationToken cancellationToken) =>
        StreamAsync(ProductsSql, retailerId, MapProduct, cancellationToken);

    /// <summary>One product as <see cref="ProductsAsync"/> exports it; null when no product has this id.</summary>
    public async Task<ProductExport?> ProductAsync(long productId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(ProductsSql.Replace("{0}", "WHERE p.id = @productId", StringComparison.Ordinal)).Bind("productId", productId);
        return await command.FirstOrDefaultAsync(MapProduct, cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<PriceHistoryExport> PriceHistoryAsync(long? retailerId, CancellationToken cancellationToken) =>
        StreamAsync(
            HistorySql,
            retailerId,
            reader => new PriceHistoryExport(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetStringOrNull(2),
                reader.GetMoneyOrNull(3),
                reader.GetMoneyOrNull(4),
                reader.GetStringOrNull(5),
                reader.GetStringOrNull(6),
                reader.GetInt32OrNull(7),
                reader.GetTime(8),
                reader.GetString(9))
            {
                Variant = reader.GetStringOrNull(12),
                VariantSku = reader.GetStringOrNull(13),
            },
            cancellationToken);

    public IAsyncEnumerable<VariantExport> VariantsAsync(long? retailerId, CancellationToken cancellationToken) =>
        StreamAsync(
            VariantsSql,
            retailerId,
            reader => new VariantExport(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetStringOrNull(3),
                reader.GetStringOrNull(4),
                reader.GetStringOrNull(5),
                JsonSerializer.Deserialize(reader.GetString(6), StorageJsonContext.Default.ListString) ?? [],
                reader.GetMoneyOrNull(7),
                reader.GetStringOrNull(8),
                reader.GetStringOrNull(9),
                reader.GetTime(10),
                reader.GetTime(11))
            {
                RegularPrice = reader.GetMoneyOrNull(12),
                StockQuantity = reader.GetInt32OrNull(13),
            },
            cancellationToken);

    public IAsyncEnumerable<ReviewExport> ReviewsAsync(long? retailerId, CancellationToken cancellationToken) =>
        StreamAsync(
            ReviewsSql,
            retailerId,
            reader => new ReviewExport(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetStringOrNull(2),
                reader.GetMoneyOrNull(3),
                reader.GetStringOrNull(4),
                reader.GetStringOrNull(5),
                reader.GetDateOrNull(6)),
            cancellationToken);

    private async IAsyncEnumerable<T> StreamAsync<T>(
        string sqlTemplate,
        long? retailerId,
        Func<NpgsqlDataReader, T> map,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(sqlTemplate.Replace(
            "{0}",
            retailerId is null ? string.Empty : "WHERE p.retailer_id = @retailerId",
            StringComparison.Ordinal));
        if (retailerId is { } id)
        {
            command.Bind("retailerId", id);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return map(reader);
        }
    }

    private static ProductExport MapProduct(NpgsqlDataReader reader)
    {
        var images = JsonSerializer.Deserialize(reader.GetString(16), StorageJsonContext.Default.ListString) ?? [];
        var categories = reader.GetFieldValue<string[]>(17).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new ProductExport(
            reader.GetInt64(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetStringOrNull(3),
            reader.GetStringOrNull(4),
            reader.GetStringOrNull(5),
            reader.GetStringOrNull(6),
            reader.GetStringOrNull(7),
            reader.GetStringOrNull(8),
            reader.GetMoneyOrNull(9),
            reader.GetMoneyOrNull(10),
            reader.GetStringOrNull(11),
            reader.GetStringOrNull(12),
            reader.GetInt32OrNull(13),
            reader.GetMoneyOrNull(14),
            reader.GetInt32OrNull(15),
            images,
            categories,
            reader.GetTime(18),
            reader.GetTime(19))
        {
            Variants = MapVariants(reader.GetString(1), reader.GetString(2), reader.GetString(20)),
        };
    }

    private static List<VariantExport> MapVariants(string retailer, string productUrl, string json)
    {
        using var document = JsonDocument.Parse(json);
        var variants = new List<VariantExport>();
        foreach (var v in document.RootElement.EnumerateArray())
        {
            variants.Add(new VariantExport(
                retailer,
                productUrl,
                Text(v, "key")!,
                Text(v, "sku"),
                Text(v, "gtin"),
                Text(v, "name"),
                v.GetProperty("options").EnumerateArray().Select(o => o.GetString() ?? string.Empty).ToList(),
                Text(v, "price") is { } price ? decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture) : null,
                Text(v, "currency"),
                Text(v, "availability"),
                v.GetProperty("firstSeen").GetDateTimeOffset().ToUniversalTime(),
                v.GetProperty("lastSeen").GetDateTimeOffset().ToUniversalTime())
            {
                RegularPrice = Text(v, "regularPrice") is { } regular ? decimal.Parse(regular, System.Globalization.CultureInfo.InvariantCulture) : null,
                StockQuantity = v.GetProperty("quantity") is { ValueKind: JsonValueKind.Number } quantity ? quantity.GetInt32() : null,
            });
        }

        return variants;
    }

    private static string? Text(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
