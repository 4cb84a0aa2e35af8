using ShelfScout.Domain.Runs;

namespace ShelfScout.Storage.Postgres.Runs;

/// <summary>Run bookkeeping, as SQLite's: runs, per-stage results (one row per run and stage) and recorded failures.</summary>
internal sealed class RunQueries(StoreConnections database)
{
    private const string StageSql = """
        INSERT INTO run_stages (run_id, stage, status, processed, succeeded, failed, changed, elapsed_ms, note)
        VALUES (@runId, @stage, @status, @processed, @succeeded, @failed, @changed, @elapsedMs, @note)
        ON CONFLICT (run_id, stage) DO UPDATE SET
            status = excluded.status,
            processed = excluded.processed,
            succeeded = excluded.succeeded,
            failed = excluded.failed,
            changed = excluded.changed,
            elapsed_ms = excluded.elapsed_ms,
            note = excluded.note;
        """;

    public async Task<long> StartAsync(long retailerId, DateTimeOffset startedAt, string settingsJson, string? owner, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
                "INSERT INTO runs (retailer_id, started_at, status, settings, owner) VALUES (@retailerId, @startedAt, 'running', @settings, @owner) RETURNING id;")
            .Bind("retailerId", retailerId)
            .Bind("startedAt", startedAt)
            .Bind("settings", string.IsNullOrWhiteSpace(settingsJson) ? "{}" : settingsJson)
            .Bind("owner", owner);
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public Task RecordErrorAsync(long runId, RunError error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        return database.ExecuteAsync(
            "INSERT INTO run_errors (run_id, stage, url, reason, at) VALUES (@runId, @stage, @url, @reason, @at);",
            c => c.Bind("runId", runId).Bind("stage", error.Stage.ToString()).Bind("url", error.Url).Bind("reason", error.Reason).Bind("at", error.At),
            cancellationToken);
    }

    public Task RecordStageAsync(long runId, StageResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return database.ExecuteAsync(
            StageSql,
            c => c.Bind("runId", runId)
                .Bind("stage", result.Stage.ToString())
                .Bind("status", result.Status.ToString())
                .Bind("processed", result.Processed)
                .Bind("succeeded", result.Succeeded)
                .Bind("failed", result.Failed)
                .Bind("changed", result.Changed)
                .Bind("elapsedMs", (long)result.Elapsed.TotalMilliseconds)
                .Bind("note", result.Note),
            cancellationToken);
    }

    public async Task FinishAsync(long runId, DateTimeOffset finishedAt, RunStatus status, CancellationToken cancellationToken)
    {
        var updated = await database.ExecuteAsync(
            "UPDATE runs SET finished_at = @finishedAt, status = @status WHERE id = @runId;",
            c => c.Bind("runId", runId).Bind("finishedAt", finishedAt).Bind("status", RunStatusNames.ToText(status)),
            cancellationToken).ConfigureAwait(false);
        if (updated == 0)
        {
            throw new KeyNotFoundException($"No run with id {runId}.");
        }
    }

    public async Task<IReadOnlyList<RunError>> GetErrorsAsync(long runId, CancellationToken cancellationToken) =>
        await database.ListAsync(
            "SELECT stage, url, reason, at FROM run_errors WHERE run_id = @runId ORDER BY id;",
            c => c.Bind("runId", runId),
            r => new RunError(Enum.Parse<Stage>(r.GetString(0)), r.GetStringOrNull(1), r.GetString(2), r.GetTime(3)),
            cancellationToken).ConfigureAwait(false);

    /// <summary>Runs of a retailer still marked running, with the owner that started them.</summary>
    public async Task<IReadOnlyList<(long RunId, string? Owner)>> GetUnfinishedAsync(long retailerId, CancellationToken cancellationToken) =>
        await database.ListAsync(
            "SELECT id, owner FROM runs WHERE retailer_id = @retailerId AND status = 'running' ORDER BY id;",
            c => c.Bind("retailerId", retailerId),
            r => (r.GetInt64(0), r.GetStringOrNull(1)),
            cancellationToken).ConfigureAwait(false);
}
