namespace ShelfScout.Fetching.Politeness;

/// <summary>
/// One host's schedule: when the last request started (for the minimum gap), how far a 429/503 pushed the host
/// back (every request to it waits, not only the one that got the answer) and the AutoThrottle delay.
/// </summary>
internal sealed class HostClock(AutoThrottleDelay? autoThrottle)
{
    private readonly Lock _lock = new();
    private DateTimeOffset? _lastStart;
    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;
    private int _strikes;

    /// <summary>Books the next start slot at or after <paramref name="now"/> and returns how long to wait for it.</summary>
    public TimeSpan ReserveStart(DateTimeOffset now, TimeSpan minimumGap)
    {
        lock (_lock)
        {
            var gap = autoThrottle is null ? minimumGap : autoThrottle.Gap(minimumGap);
            var start = now;
            if (_lastStart is { } last && gap > TimeSpan.Zero && last + gap > start)
            {
                start = last + gap;
            }

            if (_notBefore > start)
            {
                start = _notBefore;
            }

            _lastStart = start;
            return start - now;
        }
    }

    /// <summary>How much longer a push-back that arrived while a request was already waiting still holds it.</summary>
    public TimeSpan RemainingPushBack(DateTimeOffset now)
    {
        lock (_lock)
        {
            return _notBefore > now ? _notBefore - now : TimeSpan.Zero;
        }
    }

    /// <summary>
    /// The host said "slow down" (429 or 503): no request to it starts before <paramref name="now"/> plus the
    /// server's Retry-After, or else an exponential backoff that grows with each consecutive push-back.
    /// Returns the wait imposed.
    /// </summary>
    public TimeSpan PushBack(DateTimeOffset now, TimeSpan? retryAfter, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        lock (_lock)
        {
            _strikes++;
            var wait = retryAfter ?? Backoff.Exponential(_strikes, baseDelay, maxDelay);
            if (now + wait > _notBefore)
            {
                _notBefore = now + wait;
            }

            return wait;
        }
    }

    /// <summary>A response that was not a push-back: the next one starts the backoff from the bottom again.</summary>
    public void Answered(TimeSpan latency, bool ok)
    {
        lock (_lock)
        {
            _strikes = 0;
            autoThrottle?.Observe(latency, ok);
        }
    }
}
