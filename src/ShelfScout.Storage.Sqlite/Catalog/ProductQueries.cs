using System.Globalization;
using System.Text.Json;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Sqlite.Catalog;

/// <summary>Products keyed by (retailer, canonical URL), their category links, and the monitoring view of the listed ones (a delisted product found again is listed again).</summary>
internal sealed class ProductQueries(SqliteDatabase database)
{
    // A field missing from one visit keeps the value an earlier visit found, so a half-rendered page never erases data.
    private const string UpsertSql = """
        INSERT INTO products (retailer_id, url, name, sku, gtin, mpn, brand, description, images, rating, review_count, first_seen, last_seen)
        VALUES ($retailerId, $url, $name, $sku, $gtin, $mpn, $brand, $description, $images, $rating, $reviewCount, $seenAt, $seenAt)
        ON CONFLICT (retailer_id, url) DO UPDATE SET
            name = COALESCE(excluded.name, products.name),
            sku = COALESCE(excluded.sku, products.sku),
            gtin = COALESCE(excluded.gtin, products.gtin),
            mpn = COALESCE(excluded.mpn, products.mpn),
            brand = COALESCE(excluded.brand, products.brand),
            description = COALESCE(excluded.description, products.description),
            images = CASE WHEN excluded.images = '[]' THEN products.images ELSE excluded.images END,
            rating = COALESCE(excluded.rating, products.rating),
            review_count = COALESCE(excluded.review_count, products.review_count),
            first_seen = MIN(products.first_seen, excluded.first_seen),
            delisted_at = NULL,
            last_seen = MAX(products.last_seen, excluded.last_seen)
        RETURNING id;
        """;

    private const string ListedSql = """
        SELECT 1 FROM products WHERE retailer_id = $retailerId AND url = $url AND delisted_at IS NULL;
        """;

    private const string LinkSql = """
        INSERT INTO product_categories (product_id, category_id) VALUES ($productId, $categoryId)
        ON CONFLICT DO NOTHING;
        """;

    private const string RefsSql = $"""
        SELECT {ProductRefRows.Columns}
        FROM products p
        {ProductRefRows.LatestJoins}
        WHERE p.retailer_id = $retailerId AND p.delisted_at IS NULL
        ORDER BY p.id;
        """;

    public Task<long> UpsertAsync(long retailerId, string url, ProductData product, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        ArgumentNullException.ThrowIfNull(product);
        return database.WriteAsync(session => Upsert(session, retailerId, url, product, seenAt, askListed: false).Id, cancellationToken);
    }

    /// <summary>
    /// Upserts the product in the session's transaction. WasListed, read only when <paramref name="askListed"/> (null
    /// otherwise): whether the catalogue listed it before this write (it existed and was not delisted); a product inserted
    /// now, or found again after being delisted, was not.
    /// </summary>
    public static (long Id, bool? WasListed) Upsert(WriteSession session, long retailerId, string url, ProductData product, DateTimeOffset seenAt, bool askListed)
    {
        bool? wasListed = askListed ? session.Command(ListedSql).Bind("$retailerId", retailerId).Bind("$url", url).ExecuteScalar() is not null : null;
        var images = JsonSerializer.Serialize(product.Images ?? [], StorageJsonContext.Default.IReadOnlyListString);
        var command = session.Command(UpsertSql)
            .Bind("$retailerId", retailerId)
            .Bind("$url", url)
            .Bind("$name", Blank(product.Name))
            .Bind("$sku", Blank(product.Sku))
            .Bind("$gtin", Blank(product.Gtin))
            .Bind("$mpn", Blank(product.Mpn))
            .Bind("$brand", Blank(product.Brand))
            .Bind("$description", Blank(product.Description))
            .Bind("$images", images)
            .Bind("$rating", product.Rating)
            .Bind("$reviewCount", product.ReviewCount)
            .Bind("$seenAt", seenAt);
        return (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture), wasListed);
    }

    public Task LinkToCategoryAsync(long productId, long categoryId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command(LinkSql).Bind("$productId", productId).Bind("$categoryId", categoryId).ExecuteNonQuery(),
            cancellationToken);

    /// <summary>Deletes the product; its history, links, keys, variants, reviews and alerts go with it (foreign keys cascade).</summary>
    public Task RemoveAsync(long productId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("DELETE FROM products WHERE id = $productId;").Bind("$productId", productId).ExecuteNonQuery(),
            cancellationToken);

    public Task<IReadOnlyList<ProductRef>> GetRefsAsync(long retailerId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<ProductRef>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = RefsSql;
                command.Bind("$retailerId", retailerId);
                using var reader = command.ExecuteReader();
                var refs = new List<ProductRef>();
                while (reader.Read())
                {
                    refs.Add(ProductRefRows.Map(reader, 0));
                }

                return refs;
            },
            cancellationToken);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public Task<IReadOnlyList<(long Id, string Url, string? Sku)>> FindByNameAsync(long retailerId, string name, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<(long Id, string Url, string? Sku)>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT id, url, sku FROM products WHERE retailer_id = $retailerId AND name = $name ORDER BY id LIMIT 50;";
                command.Bind("$retailerId", retailerId);
                command.Bind("$name", name);
                using var reader = command.ExecuteReader();
                var found = new List<(long, string, string?)>();
                while (reader.Read())
                {
                    found.Add((reader.GetInt64(0), reader.GetString(1), reader.GetStringOrNull(2)));
                }

                return found;
            },
            cancellationToken);
}
