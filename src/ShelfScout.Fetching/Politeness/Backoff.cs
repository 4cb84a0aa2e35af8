namespace ShelfScout.Fetching.Politeness;

/// <summary>Exponential backoff with a floor: attempt n waits base * 2^(n-1), plus up to 25% jitter, never less than base.</summary>
internal static class Backoff
{
    public static TimeSpan Exponential(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        if (baseDelay <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        // Jitter only upwards: spreading retries out must never bring one closer than the floor.
        var jitter = 1 + (Random.Shared.NextDouble() * 0.25);
        var ticks = Math.Min(baseDelay.Ticks * factor * jitter, maxDelay.Ticks);
        return TimeSpan.FromTicks((long)Math.Max(ticks, Math.Min(baseDelay.Ticks, maxDelay.Ticks)));
    }
}
