using ShelfScout.Domain.Runs;

namespace ShelfScout.Storage.Tests;

public abstract class RunTests<TBackend> : StoreContract<TBackend>
    where TBackend : StoreBackend, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Run_RecordsErrorsStagesAndFinish()
    {
        await using var harness = await CreateHarnessAsync();
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
        await harness.Store.FinishRunAsync(runId, StoreHarness.Start.AddMinutes(1), RunStatus.Succeeded, None);

        Assert.Equal(errors, await harness.Store.GetRunErrorsAsync(runId, None));
        Assert.Empty(await harness.Store.GetRunErrorsAsync(runId + 1, None));
        var run = (await harness.Reader.GetRunAsync(runId, None))!;
        Assert.Equal(("Succeeded", (DateTimeOffset?)StoreHarness.Start.AddMinutes(1)), (run.Status, run.FinishedAt));
        var stage = Assert.Single(run.Stages);
        Assert.Equal((StageStatus.Succeeded, TimeSpan.FromMilliseconds(1600), "retried"), (stage.Status, stage.Elapsed, stage.Note));
        Assert.Equal("""{"maxPages":10}""", await harness.ScalarAsync("SELECT settings FROM runs;"));
    }

    [Fact]
    public async Task FinishRun_UnknownRun_Throws()
    {
        await using var harness = await CreateHarnessAsync();

        await Assert.ThrowsAsync<KeyNotFoundException>(() => harness.Store.FinishRunAsync(77, StoreHarness.Start, RunStatus.Failed, None));
    }
}
