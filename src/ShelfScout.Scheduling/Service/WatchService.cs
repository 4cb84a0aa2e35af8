using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShelfScout.Domain.Runs;
using ShelfScout.Orchestration;
using ShelfScout.Scheduling.Config;

namespace ShelfScout.Scheduling.Service;

/// <summary>
/// Runs every retailer of a watch config when its schedule says, forever. One loop per retailer awaits its own run, so
/// a retailer never runs twice at once: due times that pass while it is still running are skipped and logged. A
/// semaphore bounds how many retailers run at once. A failed run is logged and the schedule goes on. Stopping the
/// host cancels the running crawls (they are recorded as interrupted and resume at the next start).
/// </summary>
public sealed class WatchService(WatchConfig config, IRetailerRunner runner, TimeProvider timeProvider, ILogger<WatchService>? logger = null)
    : BackgroundService
{
    private readonly ILogger _logger = logger ?? NullLogger<WatchService>.Instance;
    private readonly SemaphoreSlim _slots = new(config.MaxConcurrentRetailers, config.MaxConcurrentRetailers);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var start = timeProvider.GetUtcNow();
        return Task.WhenAll(config.Retailers.Select(r => WatchAsync(r, start, stoppingToken)));
    }

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    private async Task WatchAsync(RetailerConfig retailer, DateTimeOffset start, CancellationToken stoppingToken)
    {
        var schedule = retailer.Schedule ?? throw new InvalidOperationException($"retailer '{retailer.Name}' has no schedule");
        var due = schedule.First(start);
        Log.Scheduled(_logger, retailer.Name, schedule.Describe(), due);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = due - timeProvider.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, timeProvider, stoppingToken).ConfigureAwait(false);
                }

                var (summary, error) = await RunOnceAsync(retailer, due, stoppingToken).ConfigureAwait(false);
                due = NextDue(retailer, schedule, due);
                if (summary is { Status: RunStatus.Failed })
                {
                    Log.RunFinishedFailed(_logger, retailer.Name, summary.RunId, summary.Status.ToString(), summary.Elapsed.TotalSeconds, summary.Errors.Count, summary.PagesFetched, due);
                }
                else if (summary is not null)
                {
                    Log.RunFinished(
                        _logger, retailer.Name, summary.RunId, summary.Status.ToString(), summary.Elapsed.TotalSeconds, summary.Totals.Products, summary.Totals.PriceObservations,
                        summary.Alerts.Count, summary.Errors.Count, summary.PagesFetched, due);
                }
                else
                {
                    Log.RunFailed(_logger, retailer.Name, due, error!);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: the loop ends; a run in flight has already seen the cancellation.
        }
    }

    private async Task<(RunSummary? Summary, Exception? Error)> RunOnceAsync(RetailerConfig retailer, DateTimeOffset due, CancellationToken stoppingToken)
    {
        if (_slots.CurrentCount == 0)
        {
            Log.WaitingForSlot(_logger, retailer.Name, config.MaxConcurrentRetailers);
        }

        await _slots.WaitAsync(stoppingToken).ConfigureAwait(false);
        try
        {
            Log.RunStarted(_logger, retailer.Name, due);
            return (await runner.RunAsync(retailer, stoppingToken).ConfigureAwait(false), null);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Log.Interrupted(_logger, retailer.Name);
            throw;
        }
        catch (Exception ex)
        {
            // One retailer's broken run (a bug, a locked database, a hook that threw) must not stop the others or its own schedule.
            return (null, ex);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>The next due time after the run: due times that passed while it ran are skipped (coalesced), not queued.</summary>
    private DateTimeOffset NextDue(RetailerConfig retailer, Schedules.ISchedule schedule, DateTimeOffset due)
    {
        var now = timeProvider.GetUtcNow();
        var next = schedule.Next(due);
        var skipped = 0;
        // Strictly earlier: a due time equal to now is run, not skipped (a run that ends exactly when the next is due).
        while (next < now)
        {
            skipped++;
            next = schedule.Next(next);
        }

        if (skipped > 0)
        {
            Log.Skipped(_logger, retailer.Name, skipped, next);
        }

        return next;
    }
}
