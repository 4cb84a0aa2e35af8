namespace ShelfScout.Fetching.Politeness;

/// <summary>
/// Scrapy's AutoThrottle for one host: the target gap is latency / target concurrency; each response moves the gap
/// halfway towards it; an error response never shortens it. Not thread-safe: <see cref="HostClock"/> holds the lock.
/// </summary>
internal sealed class AutoThrottleDelay(double targetConcurrency, TimeSpan maxDelay)
{
    private TimeSpan? _delay;

    public TimeSpan Current => _delay ?? TimeSpan.Zero;

    /// <summary>The gap to keep: the adapted delay, but never below <paramref name="floor"/> (the configured delay or Crawl-delay).</summary>
    public TimeSpan Gap(TimeSpan floor) => _delay is { } d && d > floor ? d : floor;

    public void Observe(TimeSpan latency, bool ok)
    {
        var target = TimeSpan.FromTicks((long)(latency.Ticks / Math.Max(0.1, targetConcurrency)));
        var next = _delay is { } old ? (old + target) / 2 : target;
        if (!ok && _delay is { } previous && next < previous)
        {
            next = previous;
        }

        _delay = next > maxDelay ? maxDelay : next < TimeSpan.Zero ? TimeSpan.Zero : next;
    }
}
