using Microsoft.Extensions.Time.Testing;
using ShelfScout.Scheduling.Service;

namespace ShelfScout.Scheduling.Tests;

public sealed class WatchServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TwoRetailers_OnDifferentSchedules_RunTheRightNumberOfTimesOverSixHours()
    {
        var time = new FakeTimeProvider(Start);
        var runner = new RecordingRunner(time);
        using var service = new WatchService(Configs.Every(("Hourly", "1h"), ("ThreeHourly", "3h")), runner, time);

        await service.StartAsync(CancellationToken.None);
        Assert.Equal(["Hourly", "ThreeHourly"], (await runner.StartsAsync(2)).Select(s => s.Retailer).Order());
        for (var hour = 1; hour <= 6; hour++)
        {
            time.Advance(TimeSpan.FromHours(1));
            await runner.StartsAsync(hour % 3 == 0 ? 2 : 1);
        }

        await service.StopAsync(CancellationToken.None);

        var runs = runner.Runs.ToList();
        Assert.Equal(Enumerable.Range(0, 7).Select(h => Start.AddHours(h)), runs.Where(r => r.Retailer == "Hourly").Select(r => r.At).Order());
        Assert.Equal([Start, Start.AddHours(3), Start.AddHours(6)], runs.Where(r => r.Retailer == "ThreeHourly").Select(r => r.At).Order());
    }

    [Fact]
    public async Task ARunStillGoing_WhenTheNextIsDue_IsNotStartedTwice_AndTheMissedDueTimeIsSkipped()
    {
        var time = new FakeTimeProvider(Start);

        // Each run takes 90 fake minutes on an hourly schedule: the 1h, 3h and 5h due times fall inside a run.
        var runner = new RecordingRunner(time, async (_, _, ct) =>
        {
            await Task.Delay(TimeSpan.FromMinutes(90), time, ct);
            return "Succeeded";
        });
        using var service = new WatchService(Configs.Every(("Slow", "1h")), runner, time);

        await service.StartAsync(CancellationToken.None);
        await runner.StartsAsync(1);
        for (var halfHour = 1; halfHour <= 12; halfHour++)
        {
            time.Advance(TimeSpan.FromMinutes(30));
            if (halfHour % 4 == 0)
            {
                await runner.StartsAsync(1);
            }
        }

        await service.StopAsync(CancellationToken.None);

        Assert.Equal(1, runner.MaxOverlapPerRetailer);
        Assert.Equal([Start, Start.AddHours(2), Start.AddHours(4), Start.AddHours(6)], runner.Runs.Select(r => r.At));
    }

    [Fact]
    public async Task AFailingRun_DoesNotStopTheService_NorItsSchedule()
    {
        var time = new FakeTimeProvider(Start);
        var runner = new RecordingRunner(time, (_, call, _) => call switch
        {
            1 => throw new InvalidOperationException("the database is locked"),
            2 => Task.FromResult("Failed"),
            _ => Task.FromResult("Succeeded"),
        });
        using var service = new WatchService(Configs.Every(("Flaky", "1h"), ("Steady", "1h")), runner, time);

        await service.StartAsync(CancellationToken.None);
        await runner.StartsAsync(1);
        await runner.StartsAsync(1);
        for (var hour = 1; hour <= 3; hour++)
        {
            time.Advance(TimeSpan.FromHours(1));
            await runner.StartsAsync(2);
        }

        await service.StopAsync(CancellationToken.None);

        Assert.Equal(4, runner.Calls("Flaky"));
        Assert.Equal(4, runner.Calls("Steady"));
        Assert.True(service.ExecuteTask!.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Stop_WhileARunIsInFlight_CancelsTheRun_AndEndsCleanly()
    {
        var time = new FakeTimeProvider(Start);
        var sawCancellation = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new RecordingRunner(time, async (_, _, ct) =>
        {
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            }
            catch (OperationCanceledException)
            {
                sawCancellation.SetResult();
                throw;
            }

            return "Succeeded";
        });
        using var service = new WatchService(Configs.Every(("Long", "1h")), runner, time);

        await service.StartAsync(CancellationToken.None);
        await runner.StartsAsync(1);
        await service.StopAsync(CancellationToken.None);

        await sawCancellation.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(service.ExecuteTask!.IsCompleted);
        Assert.False(service.ExecuteTask.IsFaulted);
    }

    [Fact]
    public async Task MaxConcurrentRetailers_BoundsHowManyRetailersRunAtOnce()
    {
        var time = new FakeTimeProvider(Start);
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runner = new RecordingRunner(time, (_, _, _) => release.Task);
        var config = Configs.Every(("A", "1h"), ("B", "1h"), ("C", "1h")) with { MaxConcurrentRetailers = 2 };
        using var service = new WatchService(config, runner, time);

        await service.StartAsync(CancellationToken.None);
        await runner.StartsAsync(2);
        Assert.Equal(2, runner.Runs.Count);

        release.SetResult("Succeeded");
        await runner.StartsAsync(1);
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(["A", "B", "C"], runner.Runs.Select(r => r.Retailer).Order());
    }
}
