using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Records;
using ShelfScout.Storage.Sqlite.Alerts;

namespace ShelfScout.Storage.Sqlite.Catalog;

/// <summary>
/// What a recheck crawl needs to keep a catalogue true: the known products by every key they were reached under,
/// observations without a page fetch, the products a crawl never saw, and delisting with its alert.
/// </summary>
internal sealed class MonitoringQueries(SqliteDatabase database)
{
    private const string KnownSql = $"""
        SELECT k.url_key, {ProductRefRows.Columns}
        FROM (SELECT url_key, product_id FROM product_keys WHERE retailer_id = $retailerId
              UNION SELECT url, id FROM products WHERE retailer_id = $retailerId) k
        JOIN products p ON p.id = k.product_id
        {ProductRefRows.LatestJoins}
        WHERE p.delisted_at IS NULL;
        """;

    private const string UnseenSql = $"""
        SELECT '', {ProductRefRows.Columns}
        FROM products p
        {ProductRefRows.LatestJoins}
        WHERE p.retailer_id = $retailerId AND p.delisted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM frontier f WHERE f.crawl_id = $crawlId AND f.result_id = p.id AND f.page_kind = 'Product')
          AND NOT EXISTS (SELECT 1 FROM frontier f WHERE f.crawl_id = $crawlId AND f.url_key = p.url)
        ORDER BY p.id;
        """;

    private const string TouchSql = """
        UPDATE products SET last_observed_at = MAX(COALESCE(last_observed_at, ''), $observedAt),
            etag = COALESCE($etag, etag), last_modified = COALESCE($lastModified, last_modified),
            sitemap_lastmod = COALESCE($sitemapLastmod, sitemap_lastmod)
        WHERE id = $productId;
        """;

    private const string DelistSql = "UPDATE products SET delisted_at = $at WHERE id = $productId AND delisted_at IS NULL RETURNING url, name;";

    /// <summary>Listed products by each frontier key they were reached under and by their own URL.</summary>
    public Task<IReadOnlyDictionary<string, ProductRef>> GetKnownAsync(long retailerId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyDictionary<string, ProductRef>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = KnownSql;
                command.Bind("$retailerId", retailerId);
                using var reader = command.ExecuteReader();
                var known = new Dictionary<string, ProductRef>(StringComparer.Ordinal);
                var shared = new Dictionary<long, ProductRef>();
                while (reader.Read())
                {
                    var id = reader.GetInt64(1);
                    if (!shared.TryGetValue(id, out var product))
                    {
                        product = ProductRefRows.Map(reader, 1);
                        shared[id] = product;
                    }

                    known[reader.GetString(0)] = product;
                }

                return known;
            },
            cancellationToken);

    /// <summary>Listed products a crawl neither fetched nor saw on a card.</summary>
    public Task<IReadOnlyList<ProductRef>> GetUnseenAsync(long crawlId, long retailerId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<ProductRef>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = UnseenSql;
                command.Bind("$retailerId", retailerId);
                command.Bind("$crawlId", crawlId);
                using var reader = command.ExecuteReader();
                var unseen = new List<ProductRef>();
                while (reader.Read())
                {
                    unseen.Add(ProductRefRows.Map(reader, 1));
                }

                return unseen;
            },
            cancellationToken);

    public Task TouchAsync(long productId, DateTimeOffset observedAt, string? etag, string? lastModified, string? sitemapLastmod, CancellationToken cancellationToken) =>
        database.WriteAsync(session => Touch(session, productId, observedAt, etag, lastModified, sitemapLastmod), cancellationToken);

    /// <summary>Records an observation time and the page's validators and sitemap date, inside <paramref name="session"/>.</summary>
    public static int Touch(WriteSession session, long productId, DateTimeOffset observedAt, string? etag, string? lastModified, string? sitemapLastmod) =>
        session.Command(TouchSql)
            .Bind("$productId", productId)
            .Bind("$observedAt", observedAt)
            .Bind("$etag", etag)
            .Bind("$lastModified", lastModified)
            .Bind("$sitemapLastmod", sitemapLastmod)
            .ExecuteNonQuery();

    /// <summary>Marks a product delisted and raises its alert in the same transaction; null when it already was.</summary>
    public Task<PriceAlert?> DelistAsync(long productId, DateTimeOffset at, long? runId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session =>
            {
                string url;
                string? name;
                using (var reader = session.Command(DelistSql).Bind("$productId", productId).Bind("$at", at).ExecuteReader())
                {
                    if (!reader.Read())
                    {
                        return null;
                    }

                    (url, name) = (reader.GetString(0), reader.GetStringOrNull(1));
                }

                var (price, currency, availability) = Latest(session, productId);
                var alert = new PriceAlert(PriceAlertKind.Delisted, productId, url, name, price, null, currency, availability, Availability.Discontinued);
                return AlertQueries.Insert(session, alert, $"delisted:{productId}:{SqliteValues.Time(at)}", runId, at);
            },
            cancellationToken);

    private static (decimal? Price, string? Currency, Availability? Availability) Latest(WriteSession session, long productId)
    {
        using var reader = session.Command($"""
            SELECT lp.price, lp.currency, ls.availability FROM products p {ProductRefRows.LatestJoins} WHERE p.id = $productId;
            """).Bind("$productId", productId).ExecuteReader();
        return reader.Read()
            ? (reader.GetMoneyOrNull(0), reader.GetStringOrNull(1), reader.IsDBNull(2) ? null : AvailabilityNames.FromSchemaValue(reader.GetString(2)))
            : (null, null, null);
    }
}
