using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Dashboard;

namespace ShelfScout.Storage.Sqlite.Dashboard;

/// <summary>
/// The dashboard's product list: filters and orders over <c>current_offers</c> (one row per product, kept by triggers,
/// migration 0009), so no query looks for the latest history row of every product. LIMIT/OFFSET over indexed orders.
/// </summary>
internal sealed class ProductListQueries(SqliteDatabase database)
{
    private const string Columns = """
        SELECT p.id, p.retailer_id, r.name, p.url, p.name, p.sku, o.price, o.regular_price, o.currency,
               o.availability, o.quantity, o.price_changed_at, p.delisted_at
        """;

    private const string From = """
        FROM products p
        JOIN retailers r ON r.id = p.retailer_id
        LEFT JOIN current_offers o ON o.product_id = p.id
        """;

    private const string CategoryTree = """
        WITH RECURSIVE subtree(id) AS (
            SELECT $categoryId
            UNION
            SELECT c.id FROM categories c JOIN subtree s ON c.parent_id = s.id
        )
        """;

    public Task<ProductPage> QueryAsync(ProductQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, ProductQuery.MaxLimit);
        var offset = Math.Max(0, query.Offset);
        return database.ReadAsync(
            connection =>
            {
                var items = new List<ProductListItem>();
                using (var command = connection.CreateCommand())
                {
                    var where = Where(command, query);
                    command.CommandText = Prefix(query) + Columns + " " + From + where + OrderBy(query.Sort)
                        + string.Create(CultureInfo.InvariantCulture, $" LIMIT {limit} OFFSET {offset};");
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        items.Add(Map(reader));
                    }
                }

                int total;
                using (var command = connection.CreateCommand())
                {
                    var where = Where(command, query);
                    command.CommandText = Prefix(query) + "SELECT COUNT(*) " + CountFrom(query) + where + ";";
                    total = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
                }

                return new ProductPage(items, total);
            },
            cancellationToken);
    }

    /// <summary>
    /// The count joins only what its filters read: every product has a retailer, and the offer row is needed only by
    /// an offer filter (on 200,000 products the two joins cost the count about a third of its time).
    /// </summary>
    private static string CountFrom(ProductQuery query) =>
        query.Availability is null && query.PriceChangedSince is null && !query.OnSale
            ? "FROM products p"
            : "FROM products p LEFT JOIN current_offers o ON o.product_id = p.id";

    private static string Prefix(ProductQuery query) => query.CategoryId is null ? string.Empty : CategoryTree + " ";

    private static string Where(SqliteCommand command, ProductQuery query)
    {
        var where = new StringBuilder(" WHERE 1 = 1");
        if (!query.IncludeDelisted)
        {
            where.Append(" AND p.delisted_at IS NULL");
        }

        if (query.RetailerId is { } retailer)
        {
            where.Append(" AND p.retailer_id = $retailerId");
            command.Bind("$retailerId", retailer);
        }

        if (query.CategoryId is { } category)
        {
            where.Append(" AND p.id IN (SELECT pc.product_id FROM product_categories pc WHERE pc.category_id IN (SELECT id FROM subtree))");
            command.Bind("$categoryId", category);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // LIKE's wildcards in the search text are matched literally.
            var text = query.Search.Trim();
            var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal);
            where.Append(" AND (p.sku = $search COLLATE NOCASE OR p.name LIKE $pattern ESCAPE '\\')");
            command.Bind("$search", text).Bind("$pattern", "%" + escaped + "%");
        }

        if (query.Availability is { } availability)
        {
            if (availability == Availability.Unknown)
            {
                where.Append(" AND o.availability IS NULL");
            }
            else
            {
                where.Append(" AND o.availability = $availability");
                command.Bind("$availability", AvailabilityNames.ToSchemaName(availability));
            }
        }

        if (query.PriceChangedSince is { } since)
        {
            where.Append(" AND o.price_changed_at >= $changedSince");
            command.Bind("$changedSince", since);
        }

        if (query.OnSale)
        {
            where.Append(" AND o.on_sale = 1");
        }

        return where.ToString();
    }

    private static string OrderBy(ProductSort sort) => sort switch
    {
        ProductSort.PriceAscending => " ORDER BY o.price_sort IS NULL, o.price_sort, p.id",
        ProductSort.PriceDescending => " ORDER BY o.price_sort DESC, p.id",
        ProductSort.RecentlyChanged => " ORDER BY o.price_changed_at DESC, p.id",
        ProductSort.Newest => " ORDER BY p.id DESC",
        _ => " ORDER BY p.name, p.id",
    };

    private static ProductListItem Map(SqliteDataReader reader) =>
        new(
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetStringOrNull(4),
            reader.GetStringOrNull(5),
            reader.GetMoneyOrNull(6),
            reader.GetMoneyOrNull(7),
            reader.GetStringOrNull(8),
            AvailabilityNames.FromSchemaValue(reader.GetStringOrNull(9)),
            reader.GetInt32OrNull(10),
            reader.GetTimeOrNull(11),
            reader.GetTimeOrNull(12));
}
