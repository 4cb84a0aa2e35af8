using ShelfScout.Cluster.Contracts;
using ShelfScout.Cluster.Hosting;
using ShelfScout.Fetching.Politeness;
using ShelfScout.Storage.Politeness;

namespace ShelfScout.Cluster.Politeness;

/// <summary>
/// The fetcher's gate on a silo: a slot from the host's grain, then the same slot leased in the database (the fence
/// against a duplicate grain activation), then the wait for the grant's start time. Robots.txt copies go through the
/// host's grain too, so one silo's load serves the cluster.
/// </summary>
internal sealed class ClusterHostGate(IGrainFactory grains, IHostSlotLeases slots, string silo, ClusterCrawlOptions options, TimeProvider timeProvider) : IHostGate
{
    public async ValueTask<IAsyncDisposable> EnterAsync(string host, TimeSpan minimumGap, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IHostGrain>(host);
        var holder = $"{silo}/{Guid.NewGuid():N}";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var grant = await grain.AcquireAsync(holder, minimumGap).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (grant is null)
            {
                continue; // no slot freed within the grain's wait limit: ask again (a long poll, not a timer)
            }

            var taken = false;
            try
            {
                taken = await slots.TryTakeSlotAsync(host, grant.Slot, holder, timeProvider.GetUtcNow(), options.SlotLease, cancellationToken).ConfigureAwait(false);
                if (taken)
                {
                    var wait = grant.StartAt - timeProvider.GetUtcNow();
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
                    }

                    return new Pass(grain, slots, host, grant.Slot, holder);
                }
            }
            catch
            {
                await new Pass(grain, slots, host, grant.Slot, holder).DisposeAsync().ConfigureAwait(false);
                throw;
            }

            // Another activation's holder has this slot in the database: give the grant back and try again shortly.
            await grain.ReleaseAsync(grant.Slot, holder).ConfigureAwait(false);
            await Task.Delay(options.FencedSlotRetry, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask PushedBackAsync(string host, TimeSpan wait, CancellationToken cancellationToken) =>
        await grains.GetGrain<IHostGrain>(host).PushBackAsync(wait).WaitAsync(cancellationToken).ConfigureAwait(false);

    public async ValueTask<SharedRobots?> GetRobotsAsync(string host, Uri robotsUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(robotsUrl);
        var copy = await grains.GetGrain<IHostGrain>(host).GetRobotsAsync(robotsUrl.AbsoluteUri).WaitAsync(cancellationToken).ConfigureAwait(false);
        return copy is not null && Uri.TryCreate(copy.FinalUrl, UriKind.Absolute, out var finalUrl) ? new SharedRobots(copy.Body, finalUrl, copy.LoadedAt) : null;
    }

    public async ValueTask ShareRobotsAsync(string host, Uri robotsUrl, SharedRobots robots, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(robotsUrl);
        ArgumentNullException.ThrowIfNull(robots);
        await grains.GetGrain<IHostGrain>(host).ShareRobotsAsync(robotsUrl.AbsoluteUri, new RobotsCopy(robots.Body, robots.FinalUrl.AbsoluteUri, robots.LoadedAt)).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class Pass(IHostGrain grain, IHostSlotLeases slots, string host, int slot, string holder) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            // The database row first: once the grain hands the slot on, the next holder must find it free.
            await slots.ReleaseSlotAsync(host, slot, holder, CancellationToken.None).ConfigureAwait(false);
            await grain.ReleaseAsync(slot, holder).ConfigureAwait(false);
        }
    }
}
