namespace ShelfScout.Scheduling.Schedules;

/// <summary>
/// Every fixed interval, anchored at the service's start plus the retailer's jitter offset: start + offset + k × interval.
/// Fixed rate, not fixed delay, so a slow run does not drift the schedule; occurrences missed while a run was still
/// going are skipped, not queued.
/// </summary>
public sealed class EverySchedule : ISchedule
{
    private readonly TimeSpan _interval;
    private readonly TimeSpan _offset;
    private DateTimeOffset? _anchor;

    public EverySchedule(TimeSpan interval, TimeSpan offset)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _interval = interval;
        _offset = offset;
    }

    /// <summary>The time between two runs.</summary>
    public TimeSpan Interval => _interval;

    /// <summary>The retailer's jitter offset from the anchor.</summary>
    public TimeSpan Offset => _offset;

    public DateTimeOffset First(DateTimeOffset start)
    {
        _anchor = start + _offset;
        return _anchor.Value;
    }

    public DateTimeOffset Next(DateTimeOffset after)
    {
        var anchor = _anchor ?? First(after);
        if (after < anchor)
        {
            return anchor;
        }

        var periods = ((after - anchor).Ticks / _interval.Ticks) + 1;
        return anchor + TimeSpan.FromTicks(periods * _interval.Ticks);
    }

    public string Describe() => "every " + Durations.Format(_interval) + (_offset > TimeSpan.Zero ? " +" + Durations.Format(_offset) : string.Empty);
}
