using Microsoft.Data.Sqlite;
using ShelfScout.Domain.Runs;

namespace ShelfScout.Storage.Tests;

public sealed class RunTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Run_RecordsErrorsStagesAndFinish()
    {
        await using var harness = await StoreHarness.CreateAsync();
        var retailer = await harness.AddRetailerAsync();
        var runId = await harness.Store.StartRunAsync(retailer.Id, StoreHarness.Start, """{"maxPages":10}""", null, None);
        var errors = new[]
        {
            new RunError(Stage.Categories, "http://127.0.0.1/c/x", "HTTP 500", StoreHarness.Start.AddSeconds(1)),
            new RunError(Stage.Reviews, null, "no review markup", StoreHarness.Start.AddSeconds(2)),
        };

        foreach (var error in errors)
        {
            await harness.Store.RecordRunErrorAsync(runId, error, None);
        }

        await harness.Store.RecordStageResultAsync(runId, new StageResult(Stage.Categories, StageStatus.PartiallySucceeded, 10, 9, 1, 9, TimeSpan.FromMilliseconds(1500)), None);
        await harness.Store.RecordStageResultAsync(runId, new StageResult(Stage.Categories, StageStatus.Succeeded, 10, 10, 0, 9, TimeSpan.FromMilliseconds(1600), "retried"), None);
        await harness.Store.FinishRunAsync(runId, StoreHarness.Start.AddMinutes(1), "succeeded", None);

        Assert.Equal(errors, await harness.Store.GetRunErrorsAsync(runId, None));
        Assert.Empty(await harness.Store.GetRunErrorsAsync(runId + 1, None));
        await using var raw = new SqliteConnection($"Data Source={harness.DatabasePath};Mode=ReadOnly;Pooling=False");
        await raw.OpenAsync();
        using var command = raw.CreateCommand();
        command.CommandText = """
            SELECT r.status, r.finished_at, r.settings, COUNT(s.id), MAX(s.status), MAX(s.elapsed_ms), MAX(s.note)
            FROM runs r JOIN run_stages s ON s.run_id = r.id GROUP BY r.id;
            """;
        using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(("succeeded", "2026-03-01T09:31:00.0000000Z", """{"maxPages":10}"""), (reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        Assert.Equal((1L, "Succeeded", 1600L, "retried"), (reader.GetInt64(3), reader.GetString(4), reader.GetInt64(5), reader.GetString(6)));
    }

    [Fact]
    public async Task FinishRun_UnknownRun_Throws()
    {
        await using var harness = await StoreHarness.CreateAsync();

        await Assert.ThrowsAsync<KeyNotFoundException>(() => harness.Store.FinishRunAsync(77, StoreHarness.Start, "failed", None));
    }
}
