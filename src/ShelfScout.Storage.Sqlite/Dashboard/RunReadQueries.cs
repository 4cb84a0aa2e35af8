using System.Globalization;
using Microsoft.Data.Sqlite;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Dashboard;

namespace ShelfScout.Storage.Sqlite.Dashboard;

/// <summary>Runs as the dashboard shows them: newest first, with their stage rows and error counts.</summary>
internal sealed class RunReadQueries(SqliteDatabase database)
{
    private const string RunColumns = """
        SELECT u.id, u.retailer_id, r.name, u.started_at, u.finished_at, u.status,
               (SELECT COUNT(*) FROM run_errors e WHERE e.run_id = u.id)
        FROM runs u JOIN retailers r ON r.id = u.retailer_id
        """;

    public Task<IReadOnlyList<RunRecord>> GetAsync(long? retailerId, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = RunColumns + " WHERE ($retailerId IS NULL OR u.retailer_id = $retailerId) ORDER BY u.id DESC"
                    + string.Create(CultureInfo.InvariantCulture, $" LIMIT {Math.Clamp(limit, 1, 1000)};");
                command.Bind("$retailerId", retailerId);
                return Read(connection, command);
            },
            cancellationToken);

    public async Task<RunRecord?> FindAsync(long runId, CancellationToken cancellationToken)
    {
        var runs = await database.ReadAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = RunColumns + " WHERE u.id = $runId;";
                command.Bind("$runId", runId);
                return Read(connection, command);
            },
            cancellationToken).ConfigureAwait(false);
        return runs.Count == 0 ? null : runs[0];
    }

    /// <summary>The latest run of each retailer, by retailer id.</summary>
    public static Dictionary<long, RunRecord> Latest(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = RunColumns + " WHERE u.id IN (SELECT MAX(id) FROM runs GROUP BY retailer_id);";
        return Read(connection, command).ToDictionary(run => run.RetailerId);
    }

    private static IReadOnlyList<RunRecord> Read(SqliteConnection connection, SqliteCommand command)
    {
        var rows = new List<(long Id, long RetailerId, string Retailer, DateTimeOffset Started, DateTimeOffset? Finished, string Status, int Errors)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetTime(3), reader.GetTimeOrNull(4), reader.GetString(5), reader.GetInt32(6)));
            }
        }

        var stages = Stages(connection, rows.Select(r => r.Id).ToList());
        return rows.Select(r => new RunRecord(r.Id, r.RetailerId, r.Retailer, r.Started, r.Finished, r.Status, stages.GetValueOrDefault(r.Id) ?? [], r.Errors)).ToList();
    }

    private static Dictionary<long, List<StageResult>> Stages(SqliteConnection connection, IReadOnlyList<long> runIds)
    {
        var stages = new Dictionary<long, List<StageResult>>();
        if (runIds.Count == 0)
        {
            return stages;
        }

        using var command = connection.CreateCommand();
        // Ids are numbers from the database, not input: inlining them is safe and keeps one statement for any count.
        command.CommandText = "SELECT run_id, stage, status, processed, succeeded, failed, changed, elapsed_ms, note FROM run_stages WHERE run_id IN ("
            + string.Join(", ", runIds.Select(id => id.ToString(CultureInfo.InvariantCulture))) + ") ORDER BY run_id, id;";
        using var reader = command.ExecuteReader();
        while (reader.Read())
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
