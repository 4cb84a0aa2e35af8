using System.Text;

namespace ShelfScout.Scheduling.Schedules;

/// <summary>
/// A retailer's jitter offset: a fixed point in [0, jitter) derived from its name (FNV-1a), so retailers on the same
/// cron line spread out and each keeps the same slot across restarts (string.GetHashCode is randomised per process).
/// </summary>
public static class Jitter
{
    public static TimeSpan Offset(string retailerName, TimeSpan jitter)
    {
        ArgumentNullException.ThrowIfNull(retailerName);
        if (jitter <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(retailerName))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        // Whole seconds: an offset reads better in a log line and is the same on every platform.
        var seconds = (long)Math.Max(1, jitter.TotalSeconds);
        return TimeSpan.FromSeconds((long)(hash % (ulong)seconds));
    }
}
