using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShelfScout.Fetching;
using ShelfScout.Orchestration;
using ShelfScout.Scheduling.Config;
using ShelfScout.Storage;

namespace ShelfScout.Scheduling.Service;

/// <summary>
/// The production runner: opens the store (SQLite or PostgreSQL, whichever <paramref name="openStore"/> picks), builds the fetcher from the retailer's politeness settings, runs the
/// <see cref="MasterOrchestrator"/> and then the optional after-run hook. Each run opens its own store and fetcher, so
/// a long-lived service holds no connection or socket between runs.
/// </summary>
public sealed class StoreRetailerRunner(Func<CancellationToken, Task<IShelfStore>> openStore, TimeProvider timeProvider, ILoggerFactory? loggerFactory = null, AfterRunHook? afterRun = null)
    : IRetailerRunner
{
    private readonly ILoggerFactory _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;

    public async Task<RunSummary> RunAsync(RetailerConfig retailer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(retailer);
        await using var store = await openStore(cancellationToken).ConfigureAwait(false);
        using var fetcher = new HttpPageFetcher(retailer.Fetch, timeProvider, _loggerFactory.CreateLogger<HttpPageFetcher>());
        var orchestrator = new MasterOrchestrator(store, fetcher, timeProvider, _loggerFactory.CreateLogger<MasterOrchestrator>());
        var summary = await orchestrator.RunAsync(retailer.Request, progress: null, cancellationToken).ConfigureAwait(false);

        // A run that wound down on cancellation is recorded as interrupted; it is not a result to notify about.
        cancellationToken.ThrowIfCancellationRequested();
        if (afterRun is not null)
        {
            await afterRun(retailer, store, summary, cancellationToken).ConfigureAwait(false);
        }

        return summary;
    }
}
