using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Sqlite.Export;

/// <summary>
/// Streams products (with their variants), variants, history and reviews row by row from a read connection (nothing is buffered), optionally
/// for one retailer. The reader stays open while the consumer iterates, which WAL allows alongside writers.
/// </summary>
internal sealed class ExportQueries(SqliteDatabase database)
{
    private const string ProductsSql = """
        SELECT p.id, r.name, p.url, p.name, p.sku, p.gtin, p.mpn, p.brand, p.description,
               lp.price, lp.regular_price, lp.currency, ls.availability, ls.quantity,
               p.rating, p.review_count, p.images,
               (SELECT json_group_array(c.path) FROM product_categories pc JOIN categories c ON c.id = pc.category_id
                WHERE pc.product_id = p.id),
               p.first_seen, p.last_seen,
               (SELECT json_group_array(json_object(
                    'key', v.variant_key, 'sku', v.sku, 'gtin', v.gtin, 'name', v.name, 'options', json(v.options_json),
                    'price', (SELECT h.price FROM variant_price_history h WHERE h.variant_id = v.id ORDER BY h.observed_at DESC, h.id DESC LIMIT 1),
                    'currency', (SELECT h.currency FROM variant_price_history h WHERE h.variant_id = v.id ORDER BY h.observed_at DESC, h.id DESC LIMIT 1),
                    'regularPrice', (SELECT h.regular_price FROM variant_price_history h WHERE h.variant_id = v.id ORDER BY h.observed_at DESC, h.id DESC LIMIT 1),
                    'availability', (SELECT s.availability FROM variant_stock_history s WHERE s.variant_id = v.id ORDER BY s.observed_at DESC, s.id DESC LIMIT 1),
                    'quantity', (SELECT s.quantity FROM variant_stock_history s WHERE s.variant_id = v.id ORDER BY s.observed_at DESC, s.id DESC LIMIT 1),
                    'firstSeen', v.first_seen_at, 'lastSeen', v.last_seen_at))
                FROM (SELECT * FROM product_variants WHERE product_id = p.id ORDER BY id) v)
        FROM products p
        JOIN retailers r ON r.id = p.retailer_id
        LEFT JOIN price_history lp ON lp.id =
            (SELECT h.id FROM price_history h WHERE h.product_id = p.id ORDER BY h.observed_at DESC, h.id DESC LIMIT 1)
        LEFT JOIN stock_history ls ON ls.id =
            (SELECT s.id FROM stock_history s WHERE s.product_id = p.id ORDER BY s.observed_at DESC, s.id DESC LIMIT 1)
        {0}
        ORDER BY p.id;
        """;

    // Product-level rows, then variant rows (variant key and SKU set), ordered by product, time, product before
    // variants, variant, kind and row id. Column 15 is the variant's id (0 for product rows), used only for order.
    private const string HistorySql = """
        SELECT r.name, p.url, p.sku, h.price, h.regular_price, h.currency, NULL, NULL, h.observed_at, 'price', p.id, h.id, NULL, NULL, 0
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
        {0}
        ORDER BY 11, 9, 15, 10, 12;
        """;

    private const string VariantsSql = """
        SELECT r.name, p.url, v.variant_key, v.sku, v.gtin, v.name, v.options_json, lp.price, lp.currency, ls.availability,
               v.first_seen_at, v.last_seen_at, lp.regular_price, ls.quantity
        FROM product_variants v
        JOIN products p ON p.id = v.product_id
        JOIN retailers r ON r.id = p.retailer_id
        LEFT JOIN variant_price_history lp ON lp.id =
            (SELECT h.id FROM variant_price_history h WHERE h.variant_id = v.id ORDER BY h.observed_at DESC, h.id DESC LIMIT 1)
        LEFT JOIN variant_stock_history ls ON ls.id =
            (SELECT s.id FROM variant_stock_history s WHERE s.variant_id = v.id ORDER BY s.observed_at DESC, s.id DESC LIMIT 1)
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
    public Task<ProductExport?> ProductAsync(long productId, CancellationToken cancellationToken) =>
        database.ReadAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = ProductsSql.Replace("{0}", "WHERE p.id = $productId", StringComparison.Ordinal);
                command.Bind("$productId", productId);
                using var reader = command.ExecuteReader();
                return reader.Read() ? MapProduct(reader) : null;
            },
            cancellationToken);

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
                StockQuantity = reader.IsDBNull(13) ? null : reader.GetInt32(13),
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
        Func<SqliteDataReader, T> map,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await database.OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sqlTemplate.Replace(
                "{0}",
                retailerId is null ? string.Empty : "WHERE p.retailer_id = $retailerId",
                StringComparison.Ordinal);
            if (retailerId is { } id)
            {
                command.Bind("$retailerId", id);
            }

            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return map(reader);
                }
            }
        }
    }

    private static ProductExport MapProduct(SqliteDataReader reader)
    {
        var images = JsonSerializer.Deserialize(reader.GetString(16), StorageJsonContext.Default.ListString) ?? [];
        var categories = (JsonSerializer.Deserialize(reader.GetString(17), StorageJsonContext.Default.ListString) ?? [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
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
            var price = Text(v, "price");
            variants.Add(new VariantExport(
                retailer,
                productUrl,
                Text(v, "key")!,
                Text(v, "sku"),
                Text(v, "gtin"),
                Text(v, "name"),
                v.GetProperty("options").EnumerateArray().Select(o => o.GetString() ?? string.Empty).ToList(),
                price is null ? null : SqliteValues.ParseMoney(price),
                Text(v, "currency"),
                Text(v, "availability"),
                SqliteValues.ParseTime(Text(v, "firstSeen")!),
                SqliteValues.ParseTime(Text(v, "lastSeen")!))
            {
                RegularPrice = Text(v, "regularPrice") is { } regular ? SqliteValues.ParseMoney(regular) : null,
                StockQuantity = v.GetProperty("quantity") is { ValueKind: JsonValueKind.Number } quantity ? quantity.GetInt32() : null,
            });
        }

        return variants;
    }

    private static string? Text(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
