namespace ShelfScout.Fetching.Politeness;

/// <summary>When the last request to one host started, so the next can keep the minimum gap.</summary>
internal sealed class HostClock
{
    private readonly Lock _lock = new();
    private DateTimeOffset? _lastStart;

    /// <summary>Books the next start slot at or after <paramref name="now"/> and returns how long to wait for it.</summary>
    public TimeSpan ReserveStart(DateTimeOffset now, TimeSpan minimumGap)
    {
        lock (_lock)
        {
            var start = now;
            if (_lastStart is { } last && minimumGap > TimeSpan.Zero && last + minimumGap > now)
            {
                start = last + minimumGap;
            }

            _lastStart = start;
            return start - now;
        }
    }
}
