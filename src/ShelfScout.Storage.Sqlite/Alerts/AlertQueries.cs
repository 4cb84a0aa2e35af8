using System.Text;
using Microsoft.Data.Sqlite;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Alerts;

namespace ShelfScout.Storage.Sqlite.Alerts;

/// <summary>
/// The alerts table. <see cref="Insert"/> runs inside the caller's write transaction (the one appending the history
/// row the alert is about), and the unique dedup key makes raising one change twice a no-op.
/// </summary>
internal sealed class AlertQueries(SqliteDatabase database)
{
    private const string InsertSql = """
        INSERT INTO alerts (retailer_id, product_id, variant_key, run_id, kind, old_price, new_price, currency,
                            old_availability, new_availability, percent_change, raised_at, dedup_key)
        SELECT p.retailer_id, p.id, $variantKey, $runId, $kind, $oldPrice, $newPrice, $currency,
               $oldAvailability, $newAvailability, $percent, $raisedAt, $dedupKey
        FROM products p WHERE p.id = $productId
        ON CONFLICT (dedup_key) DO NOTHING
        RETURNING id;
        """;

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
        return database.WriteAsync(session => Insert(session, alert, dedupKey, runId, raisedAt), cancellationToken);
    }

    /// <summary>Stores the alert in the session's transaction; null when its key was already raised.</summary>
    public static PriceAlert? Insert(WriteSession session, PriceAlert alert, string dedupKey, long? runId, DateTimeOffset raisedAt)
    {
        var id = session.Command(InsertSql)
            .Bind("$productId", alert.ProductId)
            .Bind("$variantKey", alert.VariantKey)
            .Bind("$runId", runId)
            .Bind("$kind", alert.Kind.ToString())
            .Bind("$oldPrice", alert.OldPrice)
            .Bind("$newPrice", alert.NewPrice)
            .Bind("$currency", alert.Currency)
            .Bind("$oldAvailability", alert.OldAvailability is { } old ? AvailabilityNames.ToSchemaName(old) : null)
            .Bind("$newAvailability", AvailabilityNames.ToSchemaName(alert.NewAvailability))
            .Bind("$percent", alert.PercentChange)
            .Bind("$raisedAt", raisedAt)
            .Bind("$dedupKey", dedupKey)
            .ExecuteScalar();
        return id is long stored ? alert with { Id = stored, RunId = runId, RaisedAt = raisedAt } : null;
    }

    public Task<IReadOnlyList<PriceAlert>> GetAsync(AlertQuery query, CancellationToken cancellationToken) =>
        GetAsync(query, newestFirst: false, cancellationToken);

    /// <summary>Matching alerts, oldest first, or newest first (then the limit keeps the newest) for a feed.</summary>
    public Task<IReadOnlyList<PriceAlert>> GetAsync(AlertQuery query, bool newestFirst, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return database.ReadAsync<IReadOnlyList<PriceAlert>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = SelectSql + Where(command, query) + (newestFirst ? " ORDER BY a.id DESC" : " ORDER BY a.id") + (query.Limit is { } limit ? $" LIMIT {Math.Max(0, limit)}" : string.Empty) + ";";
                using var reader = command.ExecuteReader();
                var alerts = new List<PriceAlert>();
                while (reader.Read())
                {
                    alerts.Add(Map(reader));
                }

                return alerts;
            },
            cancellationToken);
    }

    public Task<int> CountAsync(AlertQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return database.ReadAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM alerts a" + Where(command, query) + ";";
                return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            },
            cancellationToken);
    }

    private static string Where(SqliteCommand command, AlertQuery query)
    {
        var where = new StringBuilder(" WHERE 1 = 1");
        if (query.RetailerId is { } retailer)
        {
            where.Append(" AND a.retailer_id = $retailerId");
            command.Bind("$retailerId", retailer);
        }

        if (query.RunId is { } run)
        {
            where.Append(" AND a.run_id = $runId");
            command.Bind("$runId", run);
        }

        if (query.Since is { } since)
        {
            where.Append(" AND a.raised_at >= $since");
            command.Bind("$since", since);
        }

        if (query.AfterId is { } after)
        {
            where.Append(" AND a.id > $afterId");
            command.Bind("$afterId", after);
        }

        if (query.Kinds is { Count: > 0 } kinds)
        {
            var names = kinds.Select((k, i) => (Name: $"$kind{i}", Value: k.ToString())).ToList();
            where.Append(" AND a.kind IN (").Append(string.Join(", ", names.Select(n => n.Name))).Append(')');
            foreach (var (name, value) in names)
            {
                command.Bind(name, value);
            }
        }

        return where.ToString();
    }

    private static PriceAlert Map(SqliteDataReader reader) =>
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
