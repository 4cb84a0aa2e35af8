using Microsoft.Extensions.Logging;
using ShelfScout.Storage;
using ShelfScout.Storage.Frontier;
using ShelfScout.Storage.Records;

namespace ShelfScout.Orchestration;

/// <summary>
/// A run's hold on its retailer (<see cref="ICrawlFrontier.TryLockRetailerAsync"/>): taken when the run starts, renewed
/// while it runs, given back when it ends, so two runs of one retailer never crawl it at once. A holder killed on this
/// machine gives it up at once; one on another machine when its lease lapses.
/// </summary>
internal sealed class RetailerRunLock : IAsyncDisposable
{
    /// <summary>How long a lock outlives its holder's last renewal: the wait for a run killed on another machine.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>How often a running holder renews: a quarter of the lease, so a slow renewal or two never lose it.</summary>
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(30);

    private readonly IShelfStore _store;
    private readonly long _retailerId;
    private readonly string _owner;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _renewals;

    private RetailerRunLock(IShelfStore store, long retailerId, string owner, TimeProvider timeProvider, ILogger logger)
    {
        _store = store;
        _retailerId = retailerId;
        _owner = owner;
        _renewals = RenewAsync(timeProvider, logger, _stop.Token);
    }

    /// <summary>Takes the lock for run <paramref name="runId"/>, or throws <see cref="RetailerBusyException"/>.</summary>
    public static async Task<RetailerRunLock> AcquireAsync(
        IShelfStore store, RetailerRecord retailer, long runId, TimeProvider timeProvider, ILogger logger, CancellationToken cancellationToken)
    {
        var owner = LeaseOwner.Current.ForRun(runId);
        if (!await store.TryLockRetailerAsync(retailer.Id, owner, Lease, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            // A holder killed on this machine (kill -9, a crash) cannot give the lock back: its process is gone, so take it.
            foreach (var (otherRun, otherOwner) in await store.GetUnfinishedRunsAsync(retailer.Id, cancellationToken).ConfigureAwait(false))
            {
                if (otherRun != runId && LeaseOwner.Parse(otherOwner) is { } other && other.IsGoneFromThisMachine())
                {
                    await store.UnlockRetailerAsync(retailer.Id, other.ForRun(otherRun), cancellationToken).ConfigureAwait(false);
                }
            }

            if (!await store.TryLockRetailerAsync(retailer.Id, owner, Lease, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            {
                throw new RetailerBusyException($"retailer '{retailer.Name}' is being crawled by another run; run it again when that one has finished");
            }
        }

        return new RetailerRunLock(store, retailer.Id, owner, timeProvider, logger);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _renewals.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The renewals end with the run.
        }

        _stop.Dispose();
        await _store.UnlockRetailerAsync(_retailerId, _owner, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task RenewAsync(TimeProvider timeProvider, ILogger logger, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Renewal, timeProvider);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await _store.TryLockRetailerAsync(_retailerId, _owner, Lease, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database hiccup must not end the run; the lease leaves time for the next tick.
                Log.RunLockRenewalFailed(logger, _retailerId, exception);
            }
        }
    }
}
