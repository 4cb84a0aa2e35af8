using Cronos;

namespace ShelfScout.Scheduling.Schedules;

/// <summary>A cron expression (five fields, or six with seconds) in a time zone, each occurrence shifted by the retailer's jitter offset.</summary>
public sealed class CronSchedule(CronExpression expression, string text, TimeZoneInfo zone, TimeSpan offset) : ISchedule
{
    public DateTimeOffset First(DateTimeOffset start) => Next(start - TimeSpan.FromTicks(1));

    public DateTimeOffset Next(DateTimeOffset after) =>
        expression.GetNextOccurrence(after - offset, zone) is { } next
            ? next + offset
            : DateTimeOffset.MaxValue;

    public string Describe() => $"cron '{text}'" + (offset > TimeSpan.Zero ? " +" + Durations.Format(offset) : string.Empty);
}
