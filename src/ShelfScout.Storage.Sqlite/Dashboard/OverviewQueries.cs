using System.Globalization;
using ShelfScout.Storage.Dashboard;

namespace ShelfScout.Storage.Sqlite.Dashboard;

/// <summary>Per-retailer counts for the dashboard's front page and category tree.</summary>
internal sealed class OverviewQueries(SqliteDatabase database)
{
    private const string RetailersSql = """
        SELECT r.id, r.name, r.base_url,
               (SELECT COUNT(*) FROM products p WHERE p.retailer_id = r.id AND p.delisted_at IS NULL),
               (SELECT COUNT(*) FROM categories c WHERE c.retailer_id = r.id),
               (SELECT COUNT(*) FROM alerts a WHERE a.retailer_id = r.id AND a.raised_at >= $since)
        FROM retailers r ORDER BY r.name;
        """;

    private const string CategoryCountsSql = """
        SELECT pc.category_id, COUNT(*) FROM product_categories pc
        JOIN categories c ON c.id = pc.category_id
        WHERE c.retailer_id = $retailerId
        GROUP BY pc.category_id;
        """;

    public Task<IReadOnlyList<RetailerOverview>> RetailersAsync(DateTimeOffset alertsSince, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<RetailerOverview>>(
            connection =>
            {
                var latest = RunReadQueries.Latest(connection);
                using var command = connection.CreateCommand();
                command.CommandText = RetailersSql;
                command.Bind("$since", alertsSince);
                using var reader = command.ExecuteReader();
                var retailers = new List<RetailerOverview>();
                while (reader.Read())
                {
                    var id = reader.GetInt64(0);
                    retailers.Add(new RetailerOverview(id, reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), latest.GetValueOrDefault(id)));
                }

                return retailers;
            },
            cancellationToken);

    public Task<IReadOnlyDictionary<long, int>> CategoryCountsAsync(long retailerId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyDictionary<long, int>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = CategoryCountsSql;
                command.Bind("$retailerId", retailerId);
                using var reader = command.ExecuteReader();
                var counts = new Dictionary<long, int>();
                while (reader.Read())
                {
                    counts[reader.GetInt64(0)] = Convert.ToInt32(reader.GetInt64(1), CultureInfo.InvariantCulture);
                }

                return counts;
            },
            cancellationToken);
}
