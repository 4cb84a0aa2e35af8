using System.Globalization;
using ShelfScout.Domain.Runs;

namespace ShelfScout.Storage.Sqlite.Runs;

/// <summary>Run bookkeeping: runs, per-stage results (one row per run and stage) and recorded failures.</summary>
internal sealed class RunQueries(SqliteDatabase database)
{
    private const string StartSql = """
        INSERT INTO runs (retailer_id, started_at, status, settings, owner) VALUES ($retailerId, $startedAt, 'running', $settings, $owner)
        RETURNING id;
        """;

    private const string ErrorSql = """
        INSERT INTO run_errors (run_id, stage, url, reason, at) VALUES ($runId, $stage, $url, $reason, $at);
        """;

    private const string StageSql = """
        INSERT INTO run_stages (run_id, stage, status, processed, succeeded, failed, changed, elapsed_ms, note)
        VALUES ($runId, $stage, $status, $processed, $succeeded, $failed, $changed, $elapsedMs, $note)
        ON CONFLICT (run_id, stage) DO UPDATE SET
            status = excluded.status,
            processed = excluded.processed,
            succeeded = excluded.succeeded,
            failed = excluded.failed,
            changed = excluded.changed,
            elapsed_ms = excluded.elapsed_ms,
            note = excluded.note;
        """;

    private const string FinishSql = "UPDATE runs SET finished_at = $finishedAt, status = $status WHERE id = $runId;";

    public Task<long> StartAsync(long retailerId, DateTimeOffset startedAt, string settingsJson, string? owner, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => Convert.ToInt64(
                session.Command(StartSql)
                    .Bind("$retailerId", retailerId)
                    .Bind("$startedAt", startedAt)
                    .Bind("$settings", string.IsNullOrWhiteSpace(settingsJson) ? "{}" : settingsJson)
                    .Bind("$owner", owner)
                    .ExecuteScalar(),
                CultureInfo.InvariantCulture),
            cancellationToken);

    public Task RecordErrorAsync(long runId, RunError error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        return database.WriteAsync(
            session => session.Command(ErrorSql)
                .Bind("$runId", runId)
                .Bind("$stage", error.Stage.ToString())
                .Bind("$url", error.Url)
                .Bind("$reason", error.Reason)
                .Bind("$at", error.At)
                .ExecuteNonQuery(),
            cancellationToken);
    }

    public Task RecordStageAsync(long runId, StageResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return database.WriteAsync(
            session => session.Command(StageSql)
                .Bind("$runId", runId)
                .Bind("$stage", result.Stage.ToString())
                .Bind("$status", result.Status.ToString())
                .Bind("$processed", result.Processed)
                .Bind("$succeeded", result.Succeeded)
                .Bind("$failed", result.Failed)
                .Bind("$changed", result.Changed)
                .Bind("$elapsedMs", (long)result.Elapsed.TotalMilliseconds)
                .Bind("$note", result.Note)
                .ExecuteNonQuery(),
            cancellationToken);
    }

    public async Task FinishAsync(long runId, DateTimeOffset finishedAt, RunStatus status, CancellationToken cancellationToken)
    {
        var updated = await database.WriteAsync(
            session => session.Command(FinishSql)
                .Bind("$runId", runId)
                .Bind("$finishedAt", finishedAt)
                .Bind("$status", RunStatusNames.ToText(status))
                .ExecuteNonQuery(),
            cancellationToken).ConfigureAwait(false);
        if (updated == 0)
        {
            throw new KeyNotFoundException($"No run with id {runId}.");
        }
    }

    public Task<IReadOnlyList<RunError>> GetErrorsAsync(long runId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<RunError>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT stage, url, reason, at FROM run_errors WHERE run_id = $runId ORDER BY id;";
                command.Bind("$runId", runId);
                using var reader = command.ExecuteReader();
                var errors = new List<RunError>();
                while (reader.Read())
                {
                    errors.Add(new RunError(
                        Enum.Parse<Stage>(reader.GetString(0)),
                        reader.GetStringOrNull(1),
                        reader.GetString(2),
                        reader.GetTime(3)));
                }

                return errors;
            },
            cancellationToken);

    /// <summary>Runs of a retailer still marked running, with the owner that started them.</summary>
    public Task<IReadOnlyList<(long RunId, string? Owner)>> GetUnfinishedAsync(long retailerId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<(long RunId, string? Owner)>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT id, owner FROM runs WHERE retailer_id = $retailerId AND status = 'running' ORDER BY id;";
                command.Bind("$retailerId", retailerId);
                using var reader = command.ExecuteReader();
                var runs = new List<(long, string?)>();
                while (reader.Read())
                {
                    runs.Add((reader.GetInt64(0), reader.GetStringOrNull(1)));
                }

                return runs;
            },
            cancellationToken);
}
