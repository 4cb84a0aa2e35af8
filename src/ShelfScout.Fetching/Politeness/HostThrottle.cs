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

    public HostThrottle(int perHostConcurrency, int globalConcurrency, TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
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
            var wait = _clocks.GetOrAdd(host, static _ => new HostClock()).ReserveStart(_timeProvider.GetUtcNow(), minimumGap);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
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

    public void Dispose()
    {
        _perHost.Dispose();
        _global.Dispose();
    }

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
