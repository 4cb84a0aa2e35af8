using System.Globalization;
using Npgsql;
using ShelfScout.Storage.Postgres.Migrations;

namespace ShelfScout.Storage.Postgres;

/// <summary>
/// <c>shelfscout db check</c> on PostgreSQL, read-only: the database is a ShelfScout one at a version this build knows,
/// every table of that version is there, and no index or constraint is left invalid (a failed concurrent index build,
/// a constraint added NOT VALID). Page-level damage is the server's to find: <c>pg_amcheck</c>.
/// </summary>
public static class PostgresMaintenance
{
    private static readonly string[] Tables =
    [
        "retailers", "categories", "products", "product_categories", "price_history", "stock_history", "reviews", "product_keys",
        "product_variants", "variant_price_history", "variant_stock_history", "runs", "run_stages", "run_errors", "alerts",
        "delivery_targets", "alert_deliveries", "current_offers", "crawls", "frontier", "frontier_links", "retailer_locks", "host_slots",
    ];

    /// <summary>The problems found (empty when the database is sound). Throws <see cref="StoreUnavailableException"/> when the server cannot be reached.</summary>
    public static async Task<IReadOnlyList<string>> CheckAsync(string connectionString, string display, CancellationToken cancellationToken)
    {
        await using var dataSource = PostgresConnections.Create(connectionString);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await CheckAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is NpgsqlException or PostgresException or TimeoutException)
        {
            throw PostgresConnections.Unavailable(display, exception);
        }
    }

    private static async Task<IReadOnlyList<string>> CheckAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL;", connection))
        {
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
            {
                return ["not a ShelfScout database: it has no schema_version table"];
            }
        }

        var problems = new List<string>();
        int version;
        await using (var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection))
        {
            version = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        if (version > PostgresMigrations.CurrentVersion)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"schema version {version} is newer than this ShelfScout supports ({PostgresMigrations.CurrentVersion})"));
            return problems;
        }

        if (version == PostgresMigrations.CurrentVersion)
        {
            await using var command = new NpgsqlCommand("SELECT t FROM unnest(@tables) AS t WHERE to_regclass(t) IS NULL ORDER BY t;", connection);
            command.Parameters.AddWithValue("tables", Tables);
            problems.AddRange((await command.ListAsync(r => r.GetString(0), cancellationToken).ConfigureAwait(false)).Select(t => $"table {t} is missing"));
        }

        await using (var command = new NpgsqlCommand(
            """
            SELECT 'index ' || c.relname || ' is invalid (rebuild it with REINDEX)' FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)
            UNION ALL
            SELECT 'constraint ' || conname || ' on ' || conrelid::regclass::text || ' is not validated' FROM pg_constraint
            WHERE connamespace = current_schema()::regnamespace AND NOT convalidated
            ORDER BY 1;
            """,
            connection))
        {
            problems.AddRange(await command.ListAsync(r => r.GetString(0), cancellationToken).ConfigureAwait(false));
        }

        return problems;
    }
}
