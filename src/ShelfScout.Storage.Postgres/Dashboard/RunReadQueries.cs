using System.Globalization;
using Npgsql;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Dashboard;

namespace ShelfScout.Storage.Postgres.Dashboard;

/// <summary>Runs as the dashboard shows them: newest first, with their stage rows and error counts.</summary>
internal sealed class RunReadQueries(StoreConnections database)
{
    private const string RunColumns = """
        SELECT u.id, u.retailer_id, r.name, u.started_at, u.finished_at, u.status,
               (SELECT COUNT(*) FROM run_errors e WHERE e.run_id = u.id)::integer
        FROM runs u JOIN retailers r ON r.id = u.retailer_id
        """;

    public Task<IReadOnlyList<RunRecord>> GetAsync(long? retailerId, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Command(
                        RunColumns + " WHERE (@retailerId::bigint IS NULL OR u.retailer_id = @retailerId) ORDER BY u.id DESC"
                        + string.Create(CultureInfo.InvariantCulture, $" LIMIT {Math.Clamp(limit, 1, 1000)};"))
                    .Bind("retailerId", retailerId);
                return await ReadAsync(connection, command, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    public async Task<RunRecord?> FindAsync(long runId, CancellationToken cancellationToken)
    {
        var runs = await database.ReadAsync(
            async connection =>
            {
                await using var command = connection.Command(RunColumns + " WHERE u.id = @runId;").Bind("runId", runId);
                return await ReadAsync(connection, command, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        return runs.Count == 0 ? null : runs[0];
    }

    /// <summary>The latest run of each retailer, by retailer id.</summary>
    public static async Task<Dictionary<long, RunRecord>> LatestAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(RunColumns + " WHERE u.id IN (SELECT MAX(id) FROM runs GROUP BY retailer_id);");
        return (await ReadAsync(connection, command, cancellationToken).ConfigureAwait(false)).ToDictionary(run => run.RetailerId);
    }

    private static async Task<IReadOnlyList<RunRecord>> ReadAsync(NpgsqlConnection connection, NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = await command.ListAsync(
            r => (Id: r.GetInt64(0), RetailerId: r.GetInt64(1), Retailer: r.GetString(2), Started: r.GetTime(3), Finished: r.GetTimeOrNull(4), Status: r.GetString(5), Errors: r.GetInt32(6)),
            cancellationToken).ConfigureAwait(false);
        var stages = await StagesAsync(connection, rows.Select(r => r.Id).ToArray(), cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new RunRecord(r.Id, r.RetailerId, r.Retailer, r.Started, r.Finished, r.Status, stages.GetValueOrDefault(r.Id) ?? [], r.Errors)).ToList();
    }

    private static async Task<Dictionary<long, List<StageResult>>> StagesAsync(NpgsqlConnection connection, long[] runIds, CancellationToken cancellationToken)
    {
        var stages = new Dictionary<long, List<StageResult>>();
        if (runIds.Length == 0)
        {
            return stages;
        }

        await using var command = connection.Command(
            "SELECT run_id, stage, status, processed, succeeded, failed, changed, elapsed_ms, note FROM run_stages WHERE run_id = ANY(@ids) ORDER BY run_id, id;");
        command.Parameters.AddWithValue("ids", runIds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!Enum.TryParse<Stage>(reader.GetString(1), out var stage) || !Enum.TryParse<StageStatus>(reader.GetString(2), out var status))
            {
                continue;
            }

            var result = new StageResult(
                stage,
                status,
                reader.GetInt32(3),
                reader.GetInt32(4),
                reader.GetInt32(5),
                reader.GetInt32(6),
                TimeSpan.FromMilliseconds(reader.GetInt64(7)),
                reader.GetStringOrNull(8));
            var runId = reader.GetInt64(0);
            if (!stages.TryGetValue(runId, out var list))
            {
                stages[runId] = list = [];
            }

            list.Add(result);
        }

        return stages;
    }
}
