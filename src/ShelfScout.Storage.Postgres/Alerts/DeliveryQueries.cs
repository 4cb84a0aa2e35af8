using ShelfScout.Storage.Alerts;

namespace ShelfScout.Storage.Postgres.Alerts;

/// <summary>
/// The delivery_targets and alert_deliveries tables, as SQLite's, with one difference that concurrent writers need.
/// Alert ids are drawn in one order and committed in another: a run may commit alert 11 while another process's
/// transaction holding alert 10 is still open. A cursor moved to 11 would skip 10 for ever. So the cursor never passes
/// the alert horizon (table <c>alert_horizon</c>): the highest id drawn at a moment when no alert-inserting transaction
/// was open, which an advance takes whenever it gets <see cref="AlertQueries.InFlightLock"/> exclusively without
/// waiting. Alerts above the cursor already delivered are not sent again: their state (the ledger) says Delivered.
/// </summary>
internal sealed class DeliveryQueries(StoreConnections database)
{
    private const string OpenCursorSql = """
        INSERT INTO delivery_targets (target_key, retailer_id, cursor_alert_id, created_at)
        VALUES (@target, @retailerId, COALESCE(
            (SELECT MIN(a.id) - 1 FROM alerts a
             WHERE a.retailer_id = @retailerId
               AND a.run_id = (SELECT MAX(r.id) FROM runs r WHERE r.retailer_id = @retailerId)),
            (SELECT MAX(a.id) FROM alerts a WHERE a.retailer_id = @retailerId),
            0), @now)
        ON CONFLICT (target_key, retailer_id) DO NOTHING;
        """;

    // With the lock held no inserter is open, so every id drawn so far is final; inserters wait for this instant only.
    private const string HorizonSql = """
        UPDATE alert_horizon SET settled_upto = GREATEST(settled_upto, COALESCE(pg_sequence_last_value(pg_get_serial_sequence('alerts', 'id')::regclass), 0))
        WHERE pg_try_advisory_xact_lock(@key);
        """;

    private const string AdvanceSql = """
        UPDATE delivery_targets SET cursor_alert_id = GREATEST(cursor_alert_id, LEAST(@cursor, (SELECT settled_upto FROM alert_horizon)))
        WHERE target_key = @target AND retailer_id = @retailerId;
        """;

    private const string RecordSql = """
        INSERT INTO alert_deliveries AS d (target_key, alert_id, status, attempts, last_error, updated_at, delivered_at)
        SELECT @target, id, @status, @attempts, @error, @at, @deliveredAt FROM unnest(@alertIds) AS id
        ON CONFLICT (target_key, alert_id) DO UPDATE SET
            status = excluded.status,
            attempts = d.attempts + excluded.attempts,
            last_error = excluded.last_error,
            updated_at = excluded.updated_at,
            delivered_at = excluded.delivered_at
        WHERE d.status <> 'Delivered';
        """;

    public Task<long> OpenCursorAsync(string targetKey, long retailerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetKey);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using (var open = connection.Command(OpenCursorSql, transaction).Bind("target", targetKey).Bind("retailerId", retailerId).Bind("now", now))
                {
                    await open.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using var select = connection.Command("SELECT cursor_alert_id FROM delivery_targets WHERE target_key = @target AND retailer_id = @retailerId;", transaction)
                    .Bind("target", targetKey).Bind("retailerId", retailerId);
                return (long)(await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            },
            cancellationToken);
    }

    public Task AdvanceCursorAsync(string targetKey, long retailerId, long cursorAlertId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await using (var horizon = connection.Command(HorizonSql, transaction).Bind("key", AlertQueries.InFlightLock))
                {
                    await horizon.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using var advance = connection.Command(AdvanceSql, transaction).Bind("target", targetKey).Bind("retailerId", retailerId).Bind("cursor", cursorAlertId);
                return await advance.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    public async Task<IReadOnlyList<AlertDelivery>> GetAsync(string targetKey, long afterAlertId, CancellationToken cancellationToken) =>
        await database.ListAsync(
            """
            SELECT alert_id, status, attempts, last_error, updated_at, delivered_at FROM alert_deliveries
            WHERE target_key = @target AND alert_id > @after ORDER BY alert_id;
            """,
            c => c.Bind("target", targetKey).Bind("after", afterAlertId),
            r => new AlertDelivery(
                targetKey,
                r.GetInt64(0),
                Enum.Parse<AlertDeliveryStatus>(r.GetString(1)),
                r.GetInt32(2),
                r.GetStringOrNull(3),
                r.GetTime(4),
                r.GetTimeOrNull(5)),
            cancellationToken).ConfigureAwait(false);

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
        return database.ExecuteAsync(
            RecordSql,
            c =>
            {
                c.Bind("target", targetKey).Bind("status", status.ToString()).Bind("attempts", attempts).Bind("error", error).Bind("at", at)
                    .Bind("deliveredAt", status == AlertDeliveryStatus.Delivered ? at : null);
                c.Parameters.AddWithValue("alertIds", alertIds.Distinct().ToArray());
            },
            cancellationToken);
    }
}
