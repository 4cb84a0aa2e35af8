using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace ShelfScout.Fetching.Politeness;

/// <summary>
/// Gate in front of every request: per-host concurrency (a <see cref="PartitionedRateLimiter{TResource}"/> keyed by
/// host), a minimum gap between request starts to one host, then the global concurrency limit.
/// </summary>
internal sealed class HostThrottle : IDisposable
{
    private readonly TimeProvider _timeProvider;
    private readonly PartitionedRateLimiter<string> _perHost;
    private readonly ConcurrencyLimiter _global;
    private readonly ConcurrentDictionary<string, HostClock> _clocks = new(StringComparer.OrdinalIgnoreCase);

    private readonly Func<AutoThrottleDelay?> _autoThrottle;

    public HostThrottle(int perHostConcurrency, int globalConcurrency, TimeProvider timeProvider, Func<AutoThrottleDelay?>? autoThrottle = null)
    {
        _timeProvider = timeProvider;
        _autoThrottle = autoThrottle ?? (static () => null);
        var perHost = Math.Max(1, perHostConcurrency);
        _perHost = PartitionedRateLimiter.Create<string, string>(host => RateLimitPartition.GetConcurrencyLimiter(
            host,
            _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = perHost,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
        _global = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, globalConcurrency),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>
    /// Waits for a slot on <paramref name="host"/> and its turn after <paramref name="minimumGap"/>, then a global slot.
    /// The host slot is taken first so that requests queued behind a slow host do not hold global slots.
    /// </summary>
    public async Task<IDisposable> AcquireAsync(string host, TimeSpan minimumGap, CancellationToken cancellationToken)
    {
        var hostLease = await _perHost.AcquireAsync(host, 1, cancellationToken).ConfigureAwait(false);
        try
        {
            EnsureAcquired(hostLease);
            var clock = Clock(host);
            var wait = WholeMilliseconds(clock.ReserveStart(_timeProvider.GetUtcNow(), minimumGap));
            while (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
                // Another request to this host may have been told "429" while this one waited: honour that too.
                wait = WholeMilliseconds(clock.RemainingPushBack(_timeProvider.GetUtcNow()));
            }

            var globalLease = await _global.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
            EnsureAcquired(globalLease);
            return new Leases(hostLease, globalLease);
        }
        catch
        {
            hostLease.Dispose();
            throw;
        }
    }

    /// <summary>The schedule of one host (by politeness key), created on first use.</summary>
    public HostClock Clock(string host) => _clocks.GetOrAdd(host, _ => new HostClock(_autoThrottle()));

    public void Dispose()
    {
        _perHost.Dispose();
        _global.Dispose();
    }

    /// <summary>
    /// Rounds up to whole milliseconds: timers truncate to milliseconds, and a wait that ends a fraction early would
    /// find the host still pushed back and spin on zero-length delays.
    /// </summary>
    private static TimeSpan WholeMilliseconds(TimeSpan wait) =>
        wait <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds));

    private static void EnsureAcquired(RateLimitLease lease)
    {
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new ObjectDisposedException(nameof(HostThrottle), "The fetcher is shutting down.");
        }
    }

    private sealed class Leases(RateLimitLease host, RateLimitLease global) : IDisposable
    {
        public void Dispose()
        {
            global.Dispose();
            host.Dispose();
        }
    }
}
