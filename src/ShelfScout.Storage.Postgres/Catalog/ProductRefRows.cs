using Npgsql;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Postgres.Catalog;

/// <summary>The one way a product's monitoring view (<see cref="ProductRef"/>) is selected and read, as SQLite's.</summary>
internal static class ProductRefRows
{
    /// <summary>The columns <see cref="Map"/> reads, in order; needs <see cref="LatestJoins"/> and <c>products p</c>.</summary>
    public const string Columns = """
        p.id, p.url, p.name, lp.price, lp.currency, ls.availability, p.last_observed_at, p.sku, p.etag, p.last_modified, p.sitemap_lastmod, p.reviews_read_at
        """;

    /// <summary>Joins the latest price row (<c>lp</c>) and stock row (<c>ls</c>) of product <c>p</c>.</summary>
    public const string LatestJoins = """
        LEFT JOIN LATERAL (SELECT h.price, h.currency FROM price_history h WHERE h.product_id = p.id ORDER BY h.observed_at DESC, h.id DESC LIMIT 1) lp ON true
        LEFT JOIN LATERAL (SELECT s.availability FROM stock_history s WHERE s.product_id = p.id ORDER BY s.observed_at DESC, s.id DESC LIMIT 1) ls ON true
        """;

    public static ProductRef Map(NpgsqlDataReader reader, int first) =>
        new(
            reader.GetInt64(first),
            reader.GetString(first + 1),
            reader.GetStringOrNull(first + 2),
            reader.GetMoneyOrNull(first + 3),
            reader.GetStringOrNull(first + 4),
            AvailabilityNames.FromSchemaValue(reader.GetStringOrNull(first + 5)),
            reader.GetTimeOrNull(first + 6))
        {
            Sku = reader.GetStringOrNull(first + 7),
            ETag = reader.GetStringOrNull(first + 8),
            LastModified = reader.GetStringOrNull(first + 9),
            SitemapLastModified = reader.GetStringOrNull(first + 10),
            ReviewsReadAt = reader.GetTimeOrNull(first + 11),
        };
}
