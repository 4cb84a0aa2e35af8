namespace ShelfScout.DashboardBench;

/// <summary>A clock standing at the seeded catalogue's "now", so windows (last day, 30 and 90 days) read the same data every time.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
