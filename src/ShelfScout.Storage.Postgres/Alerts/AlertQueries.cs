using System.Text;
using Npgsql;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Alerts;

namespace ShelfScout.Storage.Postgres.Alerts;

/// <summary>
/// The alerts table, as SQLite's: <see cref="InsertAsync"/> runs inside the caller's transaction (the one appending the
/// history row the alert is about), and the unique dedup key makes raising one change twice a no-op. The inserting
/// transaction holds <see cref="InFlightLock"/> (shared) from before it draws the alert's id until it ends, which lets
/// delivery tell when no alert id drawn so far can still commit (<see cref="DeliveryQueries"/>).
/// </summary>
internal sealed class AlertQueries(StoreConnections database)
{
    private const string InsertSql = """
        INSERT INTO alerts (retailer_id, product_id, variant_key, run_id, kind, old_price, new_price, currency,
                            old_availability, new_availability, percent_change, raised_at, dedup_key)
        SELECT p.retailer_id, p.id, @variantKey, @runId, @kind, @oldPrice, @newPrice, @currency,
               @oldAvailability, @newAvailability, @percent, @raisedAt, @dedupKey
        FROM products p WHERE p.id = @productId
        ON CONFLICT (dedup_key) DO NOTHING
        RETURNING id;
        """;

    /// <summary>The advisory lock (the ASCII bytes of "SHLA") every alert-inserting transaction holds shared until it ends.</summary>
    public const long InFlightLock = 0x53484C41;

    private const string SelectSql = """
        SELECT a.id, a.retailer_id, r.name, a.product_id, p.url, p.name, p.sku, a.variant_key, a.run_id, a.kind,
               a.old_price, a.new_price, a.currency, a.old_availability, a.new_availability, a.raised_at
        FROM alerts a
        JOIN products p ON p.id = a.product_id
        JOIN retailers r ON r.id = a.retailer_id
        """;

    public Task<PriceAlert?> RaiseAsync(PriceAlert alert, string dedupKey, long? runId, DateTimeOffset raisedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentException.ThrowIfNullOrWhiteSpace(dedupKey);
        return database.WriteAsync((connection, transaction) => InsertAsync(connection, transaction, alert, dedupKey, runId, raisedAt, cancellationToken), cancellationToken);
    }

    /// <summary>Stores the alert in the caller's transaction; null when its key was already raised.</summary>
    public static async Task<PriceAlert?> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, PriceAlert alert, string dedupKey, long? runId, DateTimeOffset raisedAt, CancellationToken cancellationToken)
    {
        // Shared: inserters never wait for each other, only (for an instant) for a delivery taking the horizon.
        await using (var inFlight = connection.Command("SELECT pg_advisory_xact_lock_shared(@key);", transaction).Bind("key", InFlightLock))
        {
            await inFlight.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        long? id;
        await using (var insert = connection.Command(InsertSql, transaction)
            .Bind("productId", alert.ProductId)
            .Bind("variantKey", alert.VariantKey)
            .Bind("runId", runId)
            .Bind("kind", alert.Kind.ToString())
            .Bind("oldPrice", alert.OldPrice)
            .Bind("newPrice", alert.NewPrice)
            .Bind("currency", alert.Currency)
            .Bind("oldAvailability", alert.OldAvailability is { } old ? AvailabilityNames.ToSchemaName(old) : null)
            .Bind("newAvailability", AvailabilityNames.ToSchemaName(alert.NewAvailability))
            .Bind("percent", alert.PercentChange)
            .Bind("raisedAt", raisedAt)
            .Bind("dedupKey", dedupKey))
        {
            id = await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
        }

        if (id is not { } stored)
        {
            return null;
        }

        return alert with { Id = stored, RunId = runId, RaisedAt = raisedAt };
    }

    public Task<IReadOnlyList<PriceAlert>> GetAsync(AlertQuery query, CancellationToken cancellationToken) =>
        GetAsync(query, newestFirst: false, cancellationToken);

    /// <summary>Matching alerts, oldest first, or newest first (then the limit keeps the newest) for a feed.</summary>
    public async Task<IReadOnlyList<PriceAlert>> GetAsync(AlertQuery query, bool newestFirst, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var command = database.DataSource.CreateCommand();
        command.CommandText = SelectSql + Where(command, query) + (newestFirst ? " ORDER BY a.id DESC" : " ORDER BY a.id")
            + (query.Limit is { } limit ? $" LIMIT {Math.Max(0, limit)}" : string.Empty) + ";";
        return await command.ListAsync(Map, cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> CountAsync(AlertQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var command = database.DataSource.CreateCommand();
        command.CommandText = "SELECT COUNT(*)::integer FROM alerts a" + Where(command, query) + ";";
        return (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static string Where(NpgsqlCommand command, AlertQuery query)
    {
        var where = new StringBuilder(" WHERE true");
        if (query.RetailerId is { } retailer)
        {
            where.Append(" AND a.retailer_id = @retailerId");
            command.Bind("retailerId", retailer);
        }

        if (query.RunId is { } run)
        {
            where.Append(" AND a.run_id = @runId");
            command.Bind("runId", run);
        }

        if (query.Since is { } since)
        {
            where.Append(" AND a.raised_at >= @since");
            command.Bind("since", since);
        }

        if (query.AfterId is { } after)
        {
            where.Append(" AND a.id > @afterId");
            command.Bind("afterId", after);
        }

        if (query.Kinds is { Count: > 0 } kinds)
        {
            where.Append(" AND a.kind = ANY(@kinds)");
            command.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = kinds.Select(k => k.ToString()).ToArray() });
        }

        return where.ToString();
    }

    private static PriceAlert Map(NpgsqlDataReader reader) =>
        new(
            Enum.Parse<PriceAlertKind>(reader.GetString(9)),
            reader.GetInt64(3),
            reader.GetString(4),
            reader.GetStringOrNull(5),
            reader.GetMoneyOrNull(10),
            reader.GetMoneyOrNull(11),
            reader.GetStringOrNull(12),
            reader.IsDBNull(13) ? null : AvailabilityNames.FromSchemaValue(reader.GetString(13)),
            AvailabilityNames.FromSchemaValue(reader.GetStringOrNull(14)))
        {
            Id = reader.GetInt64(0),
            RetailerId = reader.GetInt64(1),
            RetailerName = reader.GetString(2),
            Sku = reader.GetStringOrNull(6),
            VariantKey = reader.GetStringOrNull(7),
            RunId = reader.GetInt64OrNull(8),
            RaisedAt = reader.GetTime(15),
        };
}
