using Cronos;
using ShelfScout.Scheduling.Schedules;

namespace ShelfScout.Scheduling.Tests;

public sealed class ScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 7, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("30m", 1800)]
    [InlineData("6h", 21600)]
    [InlineData("1d", 86400)]
    public void Durations_ParseTheUnitsPeopleWrite(string text, int seconds)
    {
        Assert.True(Durations.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("6")]
    [InlineData("h")]
    [InlineData("-1h")]
    [InlineData("1.5h")]
    [InlineData("6w")]
    public void Durations_RejectWhatIsNotOneWholeNumberAndUnit(string text) =>
        Assert.False(Durations.TryParse(text, out _));

    [Fact]
    public void Every_IsAnchoredAtTheStart_AndNextIsStrictlyAfter()
    {
        var schedule = new EverySchedule(TimeSpan.FromHours(6), TimeSpan.Zero);

        Assert.Equal(Start, schedule.First(Start));
        Assert.Equal(Start.AddHours(6), schedule.Next(Start));
        Assert.Equal(Start.AddHours(12), schedule.Next(Start.AddHours(7)));
    }

    [Fact]
    public void Cron_WithJitter_ShiftsEveryOccurrenceByTheRetailersStableOffset()
    {
        var offset = Jitter.Offset("Acme", TimeSpan.FromMinutes(10));
        var schedule = new CronSchedule(CronExpression.Parse("0 */6 * * *"), "0 */6 * * *", TimeZoneInfo.Utc, offset);

        var first = schedule.First(Start);

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero) + offset, first);
        Assert.Equal(first.AddHours(6), schedule.Next(first));
    }

    [Fact]
    public void Jitter_IsStableForAName_WithinTheWindow_AndSpreadsNames()
    {
        var window = TimeSpan.FromMinutes(10);
        var offsets = new[] { "Acme", "Bolt", "Cobalt", "Delta" }.Select(n => Jitter.Offset(n, window)).ToList();

        Assert.Equal(Jitter.Offset("Acme", window), offsets[0]);
        Assert.All(offsets, o => Assert.InRange(o, TimeSpan.Zero, window - TimeSpan.FromSeconds(1)));
        Assert.True(offsets.Distinct().Count() > 1);
        Assert.Equal(TimeSpan.Zero, Jitter.Offset("Acme", TimeSpan.Zero));
    }
}
