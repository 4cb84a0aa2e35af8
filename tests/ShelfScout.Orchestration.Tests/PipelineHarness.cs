using ShelfScout.DemoRetailer;
using ShelfScout.Fetching;
using ShelfScout.Orchestration;
using ShelfScout.Storage;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Testing;

namespace ShelfScout.Orchestration.Tests;

/// <summary>A demo store on loopback, a real SQLite file and a real fetcher, wired to the orchestrator.</summary>
internal sealed class PipelineHarness : IAsyncDisposable
{
    private readonly TempDirectory _directory;
    private readonly HttpPageFetcher _fetcher;

    private PipelineHarness(DemoStore demo, IShelfStore store, TempDirectory directory, HttpPageFetcher fetcher)
    {
        Demo = demo;
        Store = store;
        _directory = directory;
        _fetcher = fetcher;
        Orchestrator = new MasterOrchestrator(store, fetcher, TimeProvider.System);
    }

    public DemoStore Demo { get; }

    public IShelfStore Store { get; }

    public MasterOrchestrator Orchestrator { get; }

    public string DatabasePath => Path.Combine(_directory.Path, "shelf.db");

    public static async Task<PipelineHarness> StartAsync(DemoStoreOptions options, bool respectRobots = true)
    {
        var directory = new TempDirectory();
        var demo = await DemoStore.StartAsync(options, CancellationToken.None);
        var store = await SqliteShelfStore.OpenAsync(Path.Combine(directory.Path, "shelf.db"), TimeProvider.System, CancellationToken.None);
        var fetcher = new HttpPageFetcher(
            new FetchOptions { Concurrency = 8, PerHostConcurrency = 8, PerHostDelay = TimeSpan.Zero, RespectRobotsTxt = respectRobots, MaxRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(10) },
            TimeProvider.System);
        return new PipelineHarness(demo, store, directory, fetcher);
    }

    public Task<RunSummary> RunAsync(Func<RunRequest, RunRequest>? configure = null)
    {
        var request = new RunRequest { Url = Demo.BaseUrl, RetailerName = "Demo", Limits = new Agents.AgentLimits { Concurrency = 4 } };
        return Orchestrator.RunAsync(configure is null ? request : configure(request), progress: null, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        _fetcher.Dispose();
        await Store.DisposeAsync();
        await Demo.DisposeAsync();
        _directory.Dispose();
    }
}
