using Cronos;

namespace ShelfScout.Scheduling.Schedules;

/// <summary>A cron expression (five fields, or six with seconds) in a time zone, each occurrence shifted by the retailer's jitter offset.</summary>
public sealed class CronSchedule(CronExpression expression, string text, TimeZoneInfo zone, TimeSpan offset) : ISchedule
{
    /// <summary>The expression as written (five fields, or six with seconds).</summary>
    public string Text => text;

    /// <summary>The time zone the expression is read in.</summary>
    public TimeZoneInfo Zone => zone;

    /// <summary>The retailer's jitter offset added to each occurrence.</summary>
    public TimeSpan Offset => offset;

    /// <summary>Parses <paramref name="text"/> as a watch file's <c>cron</c> does (five fields, or six with seconds).</summary>
    public static CronSchedule Parse(string text, TimeZoneInfo zone, TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return new CronSchedule(CronExpression.Parse(text, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard), text, zone, offset);
    }

    public DateTimeOffset First(DateTimeOffset start) => Next(start - TimeSpan.FromTicks(1));

    public DateTimeOffset Next(DateTimeOffset after) =>
        expression.GetNextOccurrence(after - offset, zone) is { } next
            ? next + offset
            : DateTimeOffset.MaxValue;

    public string Describe() => $"cron '{text}'" + (offset > TimeSpan.Zero ? " +" + Durations.Format(offset) : string.Empty);
}
