using System.Globalization;
using System.Text;
using Npgsql;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Dashboard;

namespace ShelfScout.Storage.Postgres.Dashboard;

/// <summary>The dashboard's product list over <c>current_offers</c> (kept by triggers, migration 0006), as SQLite's.</summary>
internal sealed class ProductListQueries(StoreConnections database)
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
            SELECT @categoryId::bigint
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
            async connection =>
            {
                List<ProductListItem> items;
                await using (var command = connection.Command(string.Empty))
                {
                    var where = Where(command, query);
                    command.CommandText = Prefix(query) + Columns + " " + From + where + OrderBy(query.Sort)
                        + string.Create(CultureInfo.InvariantCulture, $" LIMIT {limit} OFFSET {offset};");
                    items = await command.ListAsync(Map, cancellationToken).ConfigureAwait(false);
                }

                int total;
                await using (var command = connection.Command(string.Empty))
                {
                    var where = Where(command, query);
                    command.CommandText = Prefix(query) + "SELECT COUNT(*)::integer " + CountFrom(query) + where + ";";
                    total = (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                }

                return new ProductPage(items, total);
            },
            cancellationToken);
    }

    private static string CountFrom(ProductQuery query) =>
        query.Availability is null && query.PriceChangedSince is null && !query.OnSale
            ? "FROM products p"
            : "FROM products p LEFT JOIN current_offers o ON o.product_id = p.id";

    private static string Prefix(ProductQuery query) => query.CategoryId is null ? string.Empty : CategoryTree + " ";

    private static string Where(NpgsqlCommand command, ProductQuery query)
    {
        var where = new StringBuilder(" WHERE true");
        if (!query.IncludeDelisted)
        {
            where.Append(" AND p.delisted_at IS NULL");
        }

        if (query.RetailerId is { } retailer)
        {
            where.Append(" AND p.retailer_id = @retailerId");
            command.Bind("retailerId", retailer);
        }

        if (query.CategoryId is { } category)
        {
            where.Append(" AND p.id IN (SELECT pc.product_id FROM product_categories pc WHERE pc.category_id IN (SELECT id FROM subtree))");
            command.Bind("categoryId", category);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // LIKE's wildcards in the search text are matched literally; ILIKE ignores case as SQLite's LIKE does.
            var text = query.Search.Trim();
            var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal);
            where.Append(" AND (lower(p.sku) = lower(@search) OR p.name ILIKE @pattern ESCAPE '\\')");
            command.Bind("search", text).Bind("pattern", "%" + escaped + "%");
        }

        if (query.Availability is { } availability)
        {
            if (availability == Availability.Unknown)
            {
                where.Append(" AND o.availability IS NULL");
            }
            else
            {
                where.Append(" AND o.availability = @availability");
                command.Bind("availability", AvailabilityNames.ToSchemaName(availability));
            }
        }

        if (query.PriceChangedSince is { } since)
        {
            where.Append(" AND o.price_changed_at >= @changedSince");
            command.Bind("changedSince", since);
        }

        if (query.OnSale)
        {
            where.Append(" AND o.on_sale");
        }

        return where.ToString();
    }

    // Orders as SQLite's: nulls where SQLite puts them (NULL sorts first ascending there), names in byte order.
    private static string OrderBy(ProductSort sort) => sort switch
    {
        ProductSort.PriceAscending => " ORDER BY o.price ASC NULLS LAST, p.id",
        ProductSort.PriceDescending => " ORDER BY o.price DESC NULLS LAST, p.id",
        ProductSort.RecentlyChanged => " ORDER BY o.price_changed_at DESC NULLS LAST, p.id",
        ProductSort.Newest => " ORDER BY p.id DESC",
        _ => " ORDER BY p.name COLLATE \"C\" ASC NULLS FIRST, p.id",
    };

    private static ProductListItem Map(NpgsqlDataReader reader) =>
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
