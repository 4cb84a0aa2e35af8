using ShelfScout.Storage.Alerts;

namespace ShelfScout.Storage.Sqlite.Alerts;

/// <summary>The delivery_targets and alert_deliveries tables (migration 0005).</summary>
internal sealed class DeliveryQueries(SqliteDatabase database)
{
    // The latest run's first alert minus one; the retailer's newest alert when that run raised none; 0 without alerts.
    private const string OpenCursorSql = """
        INSERT INTO delivery_targets (target_key, retailer_id, cursor_alert_id, created_at)
        VALUES ($target, $retailerId, COALESCE(
            (SELECT MIN(a.id) - 1 FROM alerts a
             WHERE a.retailer_id = $retailerId
               AND a.run_id = (SELECT MAX(r.id) FROM runs r WHERE r.retailer_id = $retailerId)),
            (SELECT MAX(a.id) FROM alerts a WHERE a.retailer_id = $retailerId),
            0), $now)
        ON CONFLICT (target_key, retailer_id) DO NOTHING;
        """;

    private const string SelectCursorSql = "SELECT cursor_alert_id FROM delivery_targets WHERE target_key = $target AND retailer_id = $retailerId;";

    private const string AdvanceSql = """
        UPDATE delivery_targets SET cursor_alert_id = MAX(cursor_alert_id, $cursor)
        WHERE target_key = $target AND retailer_id = $retailerId;
        """;

    private const string RecordSql = """
        INSERT INTO alert_deliveries (target_key, alert_id, status, attempts, last_error, updated_at, delivered_at)
        VALUES ($target, $alertId, $status, $attempts, $error, $at, $deliveredAt)
        ON CONFLICT (target_key, alert_id) DO UPDATE SET
            status = excluded.status,
            attempts = attempts + excluded.attempts,
            last_error = excluded.last_error,
            updated_at = excluded.updated_at,
            delivered_at = excluded.delivered_at
        WHERE alert_deliveries.status <> 'Delivered';
        """;

    public Task<long> OpenCursorAsync(string targetKey, long retailerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetKey);
        return database.WriteAsync(
            session =>
            {
                session.Command(OpenCursorSql).Bind("$target", targetKey).Bind("$retailerId", retailerId).Bind("$now", now).ExecuteNonQuery();
                return (long)session.Command(SelectCursorSql).Bind("$target", targetKey).Bind("$retailerId", retailerId).ExecuteScalar()!;
            },
            cancellationToken);
    }

    public Task AdvanceCursorAsync(string targetKey, long retailerId, long cursorAlertId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command(AdvanceSql).Bind("$target", targetKey).Bind("$retailerId", retailerId).Bind("$cursor", cursorAlertId).ExecuteNonQuery(),
            cancellationToken);

    public Task<IReadOnlyList<AlertDelivery>> GetAsync(string targetKey, long afterAlertId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<AlertDelivery>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = """
                    SELECT alert_id, status, attempts, last_error, updated_at, delivered_at FROM alert_deliveries
                    WHERE target_key = $target AND alert_id > $after ORDER BY alert_id;
                    """;
                command.Bind("$target", targetKey).Bind("$after", afterAlertId);
                using var reader = command.ExecuteReader();
                var deliveries = new List<AlertDelivery>();
                while (reader.Read())
                {
                    deliveries.Add(new AlertDelivery(
                        targetKey,
                        reader.GetInt64(0),
                        Enum.Parse<AlertDeliveryStatus>(reader.GetString(1)),
                        reader.GetInt32(2),
                        reader.GetStringOrNull(3),
                        reader.GetTime(4),
                        reader.GetTimeOrNull(5)));
                }

                return deliveries;
            },
            cancellationToken);

    public Task RecordAsync(
        string targetKey,
        IReadOnlyCollection<long> alertIds,
        AlertDeliveryStatus status,
        int attempts,
        string? error,
        DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetKey);
        ArgumentNullException.ThrowIfNull(alertIds);
        return database.WriteAsync(
            session =>
            {
                foreach (var alertId in alertIds)
                {
                    session.Command(RecordSql)
                        .Bind("$target", targetKey)
                        .Bind("$alertId", alertId)
                        .Bind("$status", status.ToString())
                        .Bind("$attempts", attempts)
                        .Bind("$error", error)
                        .Bind("$at", at)
                        .Bind("$deliveredAt", status == AlertDeliveryStatus.Delivered ? at : null)
                        .ExecuteNonQuery();
                }

                return alertIds.Count;
            },
            cancellationToken);
    }
}
