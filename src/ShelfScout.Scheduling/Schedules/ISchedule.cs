namespace ShelfScout.Scheduling.Schedules;

/// <summary>When a retailer is due: a pure function of time, so a <see cref="TimeProvider"/> drives it in tests.</summary>
public interface ISchedule
{
    /// <summary>The first due time at or after <paramref name="start"/> (the service's start).</summary>
    DateTimeOffset First(DateTimeOffset start);

    /// <summary>The first due time strictly after <paramref name="after"/>.</summary>
    DateTimeOffset Next(DateTimeOffset after);

    /// <summary>How the schedule reads in a log line ("every 6h", "cron 0 */6 * * *").</summary>
    string Describe();
}
