using System.Text.Json;
using Npgsql;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Postgres.Catalog;

/// <summary>Products keyed by (retailer, canonical URL) and their category links, as SQLite's (a delisted product found again is listed again).</summary>
internal sealed class ProductQueries(StoreConnections database)
{
    // A field missing from one visit keeps the value an earlier visit found, so a half-rendered page never erases data.
    // "listed": whether the catalogue listed the product before this statement (the CTE reads the statement's snapshot).
    private const string UpsertSql = """
        WITH before AS (SELECT delisted_at IS NULL AS listed FROM products WHERE retailer_id = @retailerId AND url = @url)
        INSERT INTO products AS p (retailer_id, url, name, sku, gtin, mpn, brand, description, images, rating, review_count, first_seen, last_seen)
        VALUES (@retailerId, @url, @name, @sku, @gtin, @mpn, @brand, @description, @images, @rating, @reviewCount, @seenAt, @seenAt)
        ON CONFLICT (retailer_id, url) DO UPDATE SET
            name = COALESCE(excluded.name, p.name),
            sku = COALESCE(excluded.sku, p.sku),
            gtin = COALESCE(excluded.gtin, p.gtin),
            mpn = COALESCE(excluded.mpn, p.mpn),
            brand = COALESCE(excluded.brand, p.brand),
            description = COALESCE(excluded.description, p.description),
            images = CASE WHEN excluded.images = '[]' THEN p.images ELSE excluded.images END,
            rating = COALESCE(excluded.rating, p.rating),
            review_count = COALESCE(excluded.review_count, p.review_count),
            first_seen = LEAST(p.first_seen, excluded.first_seen),
            delisted_at = NULL,
            last_seen = GREATEST(p.last_seen, excluded.last_seen)
        RETURNING id, COALESCE((SELECT listed FROM before), FALSE);
        """;

    private const string RefsSql = $"""
        SELECT {ProductRefRows.Columns}
        FROM products p
        {ProductRefRows.LatestJoins}
        WHERE p.retailer_id = @retailerId AND p.delisted_at IS NULL
        ORDER BY p.id;
        """;

    public async Task<long> UpsertAsync(long retailerId, string url, ProductData product, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        ArgumentNullException.ThrowIfNull(product);
        await using var command = database.DataSource.CreateCommand();
        return (await UpsertAsync(command, retailerId, url, product, seenAt, cancellationToken).ConfigureAwait(false)).Id;
    }

    /// <summary>
    /// Upserts the product in the transaction. WasListed: whether the catalogue listed it before this write (it existed
    /// and was not delisted); a product inserted now, or found again after being delisted, was not.
    /// </summary>
    public static async Task<(long Id, bool WasListed)> UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long retailerId, string url, ProductData product, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        return await UpsertAsync(command, retailerId, url, product, seenAt, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(long Id, bool WasListed)> UpsertAsync(NpgsqlCommand command, long retailerId, string url, ProductData product, DateTimeOffset seenAt, CancellationToken cancellationToken)
    {
        command.CommandText = UpsertSql;
        command.Bind("retailerId", retailerId)
            .Bind("url", url)
            .Bind("name", Blank(product.Name))
            .Bind("sku", Blank(product.Sku))
            .Bind("gtin", Blank(product.Gtin))
            .Bind("mpn", Blank(product.Mpn))
            .Bind("brand", Blank(product.Brand))
            .Bind("description", Blank(product.Description))
            .Bind("images", JsonSerializer.Serialize(product.Images ?? [], StorageJsonContext.Default.IReadOnlyListString))
            .Bind("rating", product.Rating)
            .Bind("reviewCount", product.ReviewCount)
            .Bind("seenAt", seenAt);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt64(0), reader.GetBoolean(1));
    }

    public Task LinkToCategoryAsync(long productId, long categoryId, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "INSERT INTO product_categories (product_id, category_id) VALUES (@productId, @categoryId) ON CONFLICT DO NOTHING;",
            c => c.Bind("productId", productId).Bind("categoryId", categoryId),
            cancellationToken);

    /// <summary>Deletes the product; its history, links, keys, variants, reviews and alerts go with it (foreign keys cascade).</summary>
    public Task RemoveAsync(long productId, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM products WHERE id = @productId;", c => c.Bind("productId", productId), cancellationToken);

    public async Task<IReadOnlyList<ProductRef>> GetRefsAsync(long retailerId, CancellationToken cancellationToken) =>
        await database.ListAsync(RefsSql, c => c.Bind("retailerId", retailerId), r => ProductRefRows.Map(r, 0), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<(long Id, string Url, string? Sku)>> FindByNameAsync(long retailerId, string name, CancellationToken cancellationToken) =>
        await database.ListAsync(
            "SELECT id, url, sku FROM products WHERE retailer_id = @retailerId AND name = @name ORDER BY id LIMIT 50;",
            c => c.Bind("retailerId", retailerId).Bind("name", name),
            r => (r.GetInt64(0), r.GetString(1), r.GetStringOrNull(2)),
            cancellationToken).ConfigureAwait(false);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
