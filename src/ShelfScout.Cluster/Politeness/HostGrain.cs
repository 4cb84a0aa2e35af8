using Orleans.Concurrency;
using ShelfScout.Cluster.Contracts;
using ShelfScout.Cluster.Hosting;

namespace ShelfScout.Cluster.Politeness;

/// <summary>
/// One host's politeness for the cluster: concurrency slots, the gap between request starts and 429/503 push-back. The
/// gap is the cluster's host delay or the longest Crawl-delay a silo has passed since this activation started (a silo
/// that has not read the host's robots.txt yet passes none), whichever is longer. The robots.txt itself is loaded by the
/// first silo that needs it and kept here for the others (in memory: a new activation means one more load), so the
/// cluster requests it once, not once per silo and round; silos that ask at the same moment, before any copy is here,
/// each load it. Reentrant
/// so that waiting requests do not block releases: a request with no free slot waits (up to
/// <see cref="ClusterCrawlOptions.HostWaitLimit"/>) for the next release. A slot whose holder never released it (a dead
/// silo) is free again when its lease ends.
/// </summary>
[Reentrant]
internal sealed class HostGrain(ClusterCrawlOptions options, TimeProvider timeProvider) : Grain, IHostGrain
{
    private readonly LinkedList<TaskCompletionSource> _waiters = new();
    private (string Holder, DateTimeOffset Expires)?[]? _slots;
    private DateTimeOffset _nextStart = DateTimeOffset.MinValue;
    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;
    private TimeSpan _crawlDelay = TimeSpan.Zero;
    private readonly Dictionary<string, RobotsCopy> _robots = new(StringComparer.OrdinalIgnoreCase);

    public async Task<HostGrant?> AcquireAsync(string holder, TimeSpan minimumGap)
    {
        _crawlDelay = Max(_crawlDelay, minimumGap);
        _slots ??= new (string, DateTimeOffset)?[Math.Max(1, options.HostConcurrency)];
        var giveUp = timeProvider.GetUtcNow() + options.HostWaitLimit;
        while (true)
        {
            var now = timeProvider.GetUtcNow();
            for (var i = 0; i < _slots.Length; i++)
            {
                if (_slots[i] is not { } held || held.Expires <= now)
                {
                    _slots[i] = (holder, now + options.SlotLease);
                    var start = Max(now, Max(_nextStart, _notBefore));
                    _nextStart = start + Max(options.HostDelay, _crawlDelay);
                    return new HostGrant(i, start);
                }
            }

            var left = giveUp - now;
            if (left <= TimeSpan.Zero)
            {
                return null;
            }

            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var node = _waiters.AddLast(waiter);
            try
            {
                await waiter.Task.WaitAsync(left, timeProvider).ConfigureAwait(true);
            }
            catch (TimeoutException)
            {
                return null;
            }
            finally
            {
                if (node.List is not null)
                {
                    _waiters.Remove(node);
                }
            }
        }
    }

    public Task ReleaseAsync(int slot, string holder)
    {
        if (_slots is not null && slot >= 0 && slot < _slots.Length && _slots[slot] is { } held && string.Equals(held.Holder, holder, StringComparison.Ordinal))
        {
            _slots[slot] = null;
            if (_waiters.First is { } first)
            {
                _waiters.RemoveFirst();
                first.Value.TrySetResult();
            }
        }

        return Task.CompletedTask;
    }

    public Task PushBackAsync(TimeSpan wait)
    {
        var until = timeProvider.GetUtcNow() + wait;
        _notBefore = Max(_notBefore, until);
        return Task.CompletedTask;
    }

    public Task<RobotsCopy?> GetRobotsAsync(string robotsUrl) => Task.FromResult(_robots.GetValueOrDefault(robotsUrl));

    public Task ShareRobotsAsync(string robotsUrl, RobotsCopy copy)
    {
        ArgumentNullException.ThrowIfNull(copy);
        if (!_robots.TryGetValue(robotsUrl, out var held) || held.LoadedAt < copy.LoadedAt)
        {
            _robots[robotsUrl] = copy;
        }

        return Task.CompletedTask;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
