using Npgsql;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Postgres.Alerts;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Postgres.Catalog;

/// <summary>
/// What a recheck crawl needs to keep a catalogue true, as SQLite's: the known products by every key they were reached
/// under, observations without a page fetch, the products a crawl never saw, and delisting with its alert.
/// </summary>
internal sealed class MonitoringQueries(StoreConnections database)
{
    private const string KnownSql = $"""
        SELECT k.url_key, {ProductRefRows.Columns}
        FROM (SELECT url_key, product_id FROM product_keys WHERE retailer_id = @retailerId
              UNION SELECT url, id FROM products WHERE retailer_id = @retailerId) k
        JOIN products p ON p.id = k.product_id
        {ProductRefRows.LatestJoins}
        WHERE p.delisted_at IS NULL;
        """;

    private const string UnseenSql = $"""
        SELECT '', {ProductRefRows.Columns}
        FROM products p
        {ProductRefRows.LatestJoins}
        WHERE p.retailer_id = @retailerId AND p.delisted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM frontier f WHERE f.crawl_id = @crawlId AND f.result_id = p.id AND f.page_kind = 'Product')
          AND NOT EXISTS (SELECT 1 FROM frontier f WHERE f.crawl_id = @crawlId AND f.url_key = p.url)
        ORDER BY p.id;
        """;

    private const string TouchSql = """
        UPDATE products SET last_observed_at = GREATEST(last_observed_at, @observedAt),
            etag = COALESCE(@etag, etag), last_modified = COALESCE(@lastModified, last_modified),
            sitemap_lastmod = COALESCE(@sitemapLastmod, sitemap_lastmod)
        WHERE id = @productId;
        """;

    private const string DelistSql = "UPDATE products SET delisted_at = @at WHERE id = @productId AND delisted_at IS NULL RETURNING url, name;";

    private const string LatestSql = $"SELECT lp.price, lp.currency, ls.availability FROM products p {ProductRefRows.LatestJoins} WHERE p.id = @productId;";

    /// <summary>Listed products by each frontier key they were reached under and by their own URL.</summary>
    public async Task<IReadOnlyDictionary<string, ProductRef>> GetKnownAsync(long retailerId, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, ProductRef>(StringComparer.Ordinal);
        var shared = new Dictionary<long, ProductRef>();
        await using var command = database.DataSource.CreateCommand(KnownSql).Bind("retailerId", retailerId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
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
    }

    /// <summary>Listed products a crawl neither fetched nor saw on a card.</summary>
    public async Task<IReadOnlyList<ProductRef>> GetUnseenAsync(long crawlId, long retailerId, CancellationToken cancellationToken) =>
        await database.ListAsync(UnseenSql, c => c.Bind("retailerId", retailerId).Bind("crawlId", crawlId), r => ProductRefRows.Map(r, 1), cancellationToken).ConfigureAwait(false);

    public Task TouchAsync(long productId, DateTimeOffset observedAt, string? etag, string? lastModified, string? sitemapLastmod, CancellationToken cancellationToken) =>
        database.ExecuteAsync(TouchSql, c => BindTouch(c, productId, observedAt, etag, lastModified, sitemapLastmod), cancellationToken);

    /// <summary>Records an observation time and the page's validators and sitemap date, inside <paramref name="transaction"/>.</summary>
    public static async Task TouchAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, long productId, DateTimeOffset observedAt, string? etag, string? lastModified, string? sitemapLastmod, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(TouchSql, transaction);
        BindTouch(command, productId, observedAt, etag, lastModified, sitemapLastmod);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void BindTouch(NpgsqlCommand command, long productId, DateTimeOffset observedAt, string? etag, string? lastModified, string? sitemapLastmod) =>
        command.Bind("productId", productId).Bind("observedAt", observedAt).Bind("etag", etag).Bind("lastModified", lastModified).Bind("sitemapLastmod", sitemapLastmod);

    /// <summary>Marks a product delisted and raises its alert in the same transaction; null when it already was.</summary>
    public Task<PriceAlert?> DelistAsync(long productId, DateTimeOffset at, long? runId, CancellationToken cancellationToken) =>
        database.WriteAsync<PriceAlert?>(
            async (connection, transaction) =>
            {
                (bool Found, string Url, string? Name) row;
                await using (var delist = connection.Command(DelistSql, transaction).Bind("productId", productId).Bind("at", at))
                {
                    row = await delist.FirstOrDefaultAsync(r => (true, r.GetString(0), r.GetStringOrNull(1)), cancellationToken).ConfigureAwait(false);
                }

                if (!row.Found)
                {
                    return null;
                }

                (decimal? Price, string? Currency, Availability? Availability) latest;
                await using (var command = connection.Command(LatestSql, transaction).Bind("productId", productId))
                {
                    latest = await command.FirstOrDefaultAsync(
                        r => (r.GetMoneyOrNull(0), r.GetStringOrNull(1), r.IsDBNull(2) ? (Availability?)null : AvailabilityNames.FromSchemaValue(r.GetString(2))),
                        cancellationToken).ConfigureAwait(false);
                }

                var alert = new PriceAlert(PriceAlertKind.Delisted, productId, row.Url, row.Name, latest.Price, null, latest.Currency, latest.Availability, Availability.Discontinued);
                return await AlertQueries.InsertAsync(connection, transaction, alert, $"delisted:{productId}:{DedupTime(at)}", runId, at, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>The delisting time in a dedup key, written as SQLite's store writes it, so one event has one key in both stores.</summary>
    private static string DedupTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
