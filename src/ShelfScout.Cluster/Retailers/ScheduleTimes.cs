using ShelfScout.Cluster.Contracts;
using ShelfScout.Scheduling.Schedules;

namespace ShelfScout.Cluster.Retailers;

/// <summary>A cluster schedule as the watch service's <see cref="ISchedule"/>, so both compute due times alike.</summary>
internal static class ScheduleTimes
{
    public static ISchedule ToSchedule(ClusterSchedule schedule, DateTimeOffset setAt)
    {
        ISchedule result = (schedule.Every, schedule.Cron) switch
        {
            ({ } every, null) => new EverySchedule(every, schedule.Offset),
            (null, { } cron) => CronSchedule.Parse(cron, schedule.TimeZone is null ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone), schedule.Offset),
            _ => throw new ArgumentException("A schedule has either Every or Cron.", nameof(schedule)),
        };
        result.First(setAt);
        return result;
    }

    /// <summary>The reminder's period: the interval, else an hour (a cron reminder is moved to each next occurrence when it fires).</summary>
    public static TimeSpan Period(ClusterSchedule schedule, TimeSpan minimum)
    {
        var period = schedule.Every ?? TimeSpan.FromHours(1);
        return period < minimum ? minimum : period;
    }
}
