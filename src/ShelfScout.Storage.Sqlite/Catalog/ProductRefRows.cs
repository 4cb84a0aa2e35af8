using Microsoft.Data.Sqlite;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Sqlite.Catalog;

/// <summary>
/// The one way a product's monitoring view (<see cref="ProductRef"/>: identity, latest price and stock, validators)
/// is selected and read, for the prices stage and for a recheck crawl alike.
/// </summary>
internal static class ProductRefRows
{
    /// <summary>The columns <see cref="Map"/> reads, in order; needs <see cref="LatestJoins"/> and <c>products p</c>.</summary>
    public const string Columns = """
        p.id, p.url, p.name, lp.price, lp.currency, ls.availability, p.last_observed_at, p.sku, p.etag, p.last_modified, p.sitemap_lastmod, p.reviews_read_at
        """;

    /// <summary>Joins the latest price row (<c>lp</c>) and stock row (<c>ls</c>) of product <c>p</c>.</summary>
    public const string LatestJoins = """
        LEFT JOIN price_history lp ON lp.id =
            (SELECT h.id FROM price_history h WHERE h.product_id = p.id ORDER BY h.observed_at DESC, h.id DESC LIMIT 1)
        LEFT JOIN stock_history ls ON ls.id =
            (SELECT s.id FROM stock_history s WHERE s.product_id = p.id ORDER BY s.observed_at DESC, s.id DESC LIMIT 1)
        """;

    /// <summary>Reads the <see cref="Columns"/> starting at ordinal <paramref name="first"/>.</summary>
    public static ProductRef Map(SqliteDataReader reader, int first) =>
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
