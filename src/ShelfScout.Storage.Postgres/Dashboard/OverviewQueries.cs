using ShelfScout.Storage.Dashboard;

namespace ShelfScout.Storage.Postgres.Dashboard;

/// <summary>Per-retailer counts for the dashboard's front page and category tree, as SQLite's.</summary>
internal sealed class OverviewQueries(StoreConnections database)
{
    private const string RetailersSql = """
        SELECT r.id, r.name, r.base_url,
               (SELECT COUNT(*) FROM products p WHERE p.retailer_id = r.id AND p.delisted_at IS NULL)::integer,
               (SELECT COUNT(*) FROM categories c WHERE c.retailer_id = r.id)::integer,
               (SELECT COUNT(*) FROM alerts a WHERE a.retailer_id = r.id AND a.raised_at >= @since)::integer
        FROM retailers r ORDER BY r.name COLLATE "C";
        """;

    private const string CategoryCountsSql = """
        SELECT pc.category_id, COUNT(*)::integer FROM product_categories pc
        JOIN categories c ON c.id = pc.category_id
        WHERE c.retailer_id = @retailerId
        GROUP BY pc.category_id;
        """;

    public Task<IReadOnlyList<RetailerOverview>> RetailersAsync(DateTimeOffset alertsSince, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<RetailerOverview>>(
            async connection =>
            {
                var latest = await RunReadQueries.LatestAsync(connection, cancellationToken).ConfigureAwait(false);
                await using var command = connection.Command(RetailersSql).Bind("since", alertsSince);
                return await command.ListAsync(
                    r => new RetailerOverview(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), latest.GetValueOrDefault(r.GetInt64(0))),
                    cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    public async Task<IReadOnlyDictionary<long, int>> CategoryCountsAsync(long retailerId, CancellationToken cancellationToken) =>
        (await database.ListAsync(CategoryCountsSql, c => c.Bind("retailerId", retailerId), r => (r.GetInt64(0), r.GetInt32(1)), cancellationToken).ConfigureAwait(false))
            .ToDictionary(row => row.Item1, row => row.Item2);
}
