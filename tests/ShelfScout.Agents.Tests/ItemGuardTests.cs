using ShelfScout.Agents.Running;
using ShelfScout.Domain.Runs;
using ShelfScout.Fetching;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Testing;

namespace ShelfScout.Agents.Tests;

public sealed class ItemGuardTests
{
    [Fact]
    public async Task RunAsync_ItemThrows_RecordsTheErrorAgainstItsUrlAndReturnsTheFailedValue()
    {
        using var directory = new TempDirectory();
        await using var store = await SqliteShelfStore.OpenAsync(Path.Combine(directory.Path, "guard.db"), TimeProvider.System, CancellationToken.None);
        var retailer = await store.UpsertRetailerAsync("Shop", new Uri("https://shop.example/"), CancellationToken.None);
        var runId = await store.StartRunAsync(retailer.Id, DateTimeOffset.UnixEpoch, "{}", null, CancellationToken.None);
        var recorder = new RunRecorder(store, runId, TimeProvider.System, progress: null);
        using var fetcher = new HttpPageFetcher(new FetchOptions(), TimeProvider.System);
        var context = new AgentContext(retailer, new Uri("https://shop.example/"), runId, DateTimeOffset.UnixEpoch, store, fetcher, recorder, new AgentLimits(), TimeProvider.System);

        var result = await ItemGuard.RunAsync<int?>(context, Stage.Prices, "https://shop.example/p/1", null, () => throw new InvalidOperationException("odd page"), CancellationToken.None);

        Assert.Null(result);
        var error = Assert.Single(await store.GetRunErrorsAsync(runId, CancellationToken.None));
        Assert.Equal((Stage.Prices, "https://shop.example/p/1"), (error.Stage, error.Url));
        Assert.Contains("odd page", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Cancelled_Propagates()
    {
        using var directory = new TempDirectory();
        await using var store = await SqliteShelfStore.OpenAsync(Path.Combine(directory.Path, "guard.db"), TimeProvider.System, CancellationToken.None);
        var retailer = await store.UpsertRetailerAsync("Shop", new Uri("https://shop.example/"), CancellationToken.None);
        var recorder = new RunRecorder(store, 1, TimeProvider.System, progress: null);
        using var fetcher = new HttpPageFetcher(new FetchOptions(), TimeProvider.System);
        var context = new AgentContext(retailer, new Uri("https://shop.example/"), 1, DateTimeOffset.UnixEpoch, store, fetcher, recorder, new AgentLimits(), TimeProvider.System);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ItemGuard.RunAsync<int?>(context, Stage.Prices, "u", null, () => Task.FromCanceled<int?>(cts.Token), cts.Token));
        Assert.Empty(recorder.Errors);
    }
}
