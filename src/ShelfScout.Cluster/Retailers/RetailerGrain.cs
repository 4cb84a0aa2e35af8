using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using ShelfScout.Cluster.Contracts;
using ShelfScout.Cluster.Hosting;
using ShelfScout.Cluster.Hosting.OrleansDatabase;
using ShelfScout.Domain.Runs;
using ShelfScout.Domain.Sites;
using ShelfScout.Orchestration;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Cluster.Retailers;

/// <summary>
/// Owns a retailer's runs on the cluster. A submission starts a round: one lead silo opens (or resumes) the crawl and
/// seeds it, then every other live silo joins the same crawl. When every silo's share has ended and the frontier still
/// holds work (a silo died, its leases expired, or work was given back), another round joins the live silos, after the
/// frontier lease when only leased entries remain. The crawl is complete when its frontier says so.
/// The run's bookkeeping is grain state (<see cref="RetailerRunState"/>, persisted on every change), and a running run
/// holds a reminder (<c>run</c>, in the reminder table) for as long as it runs: when the silo the grain lives on dies,
/// the next call (a share reporting, a client asking) or the reminder's next tick activates the grain on a live silo,
/// which carries on from the persisted state; its watchdog drops the dead silo from the round, and any silo whose share
/// is gone without a report reaching the grain. The grain goes where Orleans' default placement puts it, so the leads of
/// many retailers' runs spread over the cluster.
/// The retailer's schedule is grain state too, and an Orleans reminder (<c>schedule</c>), so it survives the silo that
/// set it, and each due time fires on one silo only.
/// </summary>
internal sealed class RetailerGrain(
    SiloStores stores,
    ClusterCrawlOptions options,
    ILocalSiloDetails silo,
    TimeProvider timeProvider,
    IOptions<ReminderOptions> reminderOptions,
    [PersistentState("schedule", OrleansDatabaseExtensions.StorageName)] IPersistentState<RetailerScheduleState> schedule,
    [PersistentState("run", OrleansDatabaseExtensions.StorageName)] IPersistentState<RetailerRunState> run,
    ILogger<RetailerGrain> logger) : Grain, IRetailerGrain, IRemindable
{
    private const string ScheduleReminder = "schedule";
    private const string RunReminder = "run";

    /// <summary>A reminder tick this close before the due time counts as the due time (clocks and timers are not exact).</summary>
    private static readonly TimeSpan DueTolerance = TimeSpan.FromSeconds(1);

    private IGrainTimer? _watchdog;
    private IGrainTimer? _nextRound;
    private TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private string Key => this.GetPrimaryKeyString();

    private string Self => silo.SiloAddress.ToParsableString();

    private RetailerRunState Run => run.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Run.State == ClusterRunState.Running)
        {
            // Activated again (the silo it lived on died, or it was idle long enough to be collected): carry on.
            Log.RunResumed(logger, Key, Run.Round, Run.Active.Count);
            ArmWatchdog();
        }

        return base.OnActivateAsync(cancellationToken);
    }

    public async Task<ClusterRunStatus> SubmitAsync(ClusterSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (Run.State == ClusterRunState.Running)
        {
            return await GetStatusAsync().ConfigureAwait(true);
        }

        if (!Uri.TryCreate(submission.Url, UriKind.Absolute, out var url) || !string.Equals(SiteIdentity.RetailerKey(url), Key, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The URL {submission.Url} is not the retailer {Key}.", nameof(submission));
        }

        run.State = new RetailerRunState { Submission = submission, State = ClusterRunState.Running, StartedAt = timeProvider.GetUtcNow() };
        _finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await SaveAsync().ConfigureAwait(true);
        var period = RunReminderPeriod();
        await this.RegisterOrUpdateReminder(RunReminder, period, period).ConfigureAwait(true);
        ArmWatchdog();
        await StartRoundAsync(crawl: null).ConfigureAwait(true);
        await SaveAsync().ConfigureAwait(true);
        return await GetStatusAsync().ConfigureAwait(true);
    }

    public async Task<ClusterRunStatus> GetStatusAsync()
    {
        var counts = await CountAsync().ConfigureAwait(true);
        return new ClusterRunStatus
        {
            Retailer = Key,
            State = Run.State,
            Url = Run.Submission?.Url,
            Rounds = Run.Round,
            ActiveSilos = [.. Run.Active.Order(StringComparer.Ordinal)],
            WorkerRuns = Run.WorkerRuns,
            Queued = counts?.Queued ?? 0,
            InProgress = counts?.InProgress ?? 0,
            Done = counts?.Done ?? 0,
            Failed = counts?.Failed ?? 0,
            Error = Run.Error,
            Silo = Self,
            StartedAt = Run.StartedAt,
            EndedAt = Run.EndedAt,
        };
    }

    public async Task<ClusterRunStatus> WaitAsync(TimeSpan maxWait)
    {
        if (Run.State == ClusterRunState.Running)
        {
            try
            {
                await _finished.Task.WaitAsync(maxWait).ConfigureAwait(true);
            }
            catch (TimeoutException)
            {
                // Still running: the caller asks again.
            }
        }

        return await GetStatusAsync().ConfigureAwait(true);
    }

    public async Task<ClusterRunStatus> StopAsync()
    {
        if (Run.State == ClusterRunState.Running)
        {
            var active = Run.Active.ToList();
            (Run.State, Run.EndedAt) = (ClusterRunState.Stopped, timeProvider.GetUtcNow());
            Run.Followers.Clear();
            await Task.WhenAll(active.Select(LeaveQuietlyAsync)).ConfigureAwait(true);
            await EndAsync().ConfigureAwait(true);
        }

        return await GetStatusAsync().ConfigureAwait(true);
    }

    public async Task<ClusterScheduleStatus> ScheduleAsync(ClusterSchedule next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (!Uri.TryCreate(next.Submission.Url, UriKind.Absolute, out var url) || !string.Equals(SiteIdentity.RetailerKey(url), Key, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The URL {next.Submission.Url} is not the retailer {Key}.", nameof(next));
        }

        var now = timeProvider.GetUtcNow();
        var times = ScheduleTimes.ToSchedule(next, now);
        schedule.State = new RetailerScheduleState { Schedule = next, SetAt = now, NextDue = times.First(now) };
        await schedule.WriteStateAsync().ConfigureAwait(true);
        await ArmAsync(now).ConfigureAwait(true);
        Log.Scheduled(logger, Key, times.Describe(), schedule.State.NextDue!.Value);
        return ScheduleStatus();
    }

    public async Task<ClusterScheduleStatus> UnscheduleAsync()
    {
        await UnregisterQuietlyAsync(ScheduleReminder).ConfigureAwait(true);
        await schedule.ClearStateAsync().ConfigureAwait(true);
        return ScheduleStatus();
    }

    public Task<ClusterScheduleStatus> GetScheduleAsync() => Task.FromResult(ScheduleStatus());

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (string.Equals(reminderName, RunReminder, StringComparison.Ordinal))
        {
            // The run's keep-alive: its tick activated the grain (OnActivateAsync re-armed the watchdog), so a run whose
            // silo died is watched again. A run that ended while the reminder was being written has no use for it.
            if (Run.State == ClusterRunState.Running)
            {
                await WatchAsync(CancellationToken.None).ConfigureAwait(true);
            }
            else
            {
                await UnregisterQuietlyAsync(RunReminder).ConfigureAwait(true);
            }

            return;
        }

        if (!string.Equals(reminderName, ScheduleReminder, StringComparison.Ordinal))
        {
            return;
        }

        var state = schedule.State;
        if (state.Schedule is null)
        {
            // Unscheduled while the reminder was on its way (or its state was lost): nothing is due any more.
            await UnregisterQuietlyAsync(ScheduleReminder).ConfigureAwait(true);
            return;
        }

        var now = timeProvider.GetUtcNow();
        if (state.NextDue is { } due && now + DueTolerance < due)
        {
            // The reminder's own period ticked before the schedule's next due time (a cron schedule): move it there.
            await ArmAsync(now).ConfigureAwait(true);
            return;
        }

        if (Run.State == ClusterRunState.Running)
        {
            state.Skipped++;
            Log.ScheduleSkipped(logger, Key);
        }
        else
        {
            state.Fired++;
            (state.LastFired, state.LastFiredOn) = (now, Self);
            Log.ScheduleFired(logger, Key, Self);
            await SubmitAsync(state.Schedule.Submission).ConfigureAwait(true);
        }

        state.NextDue = ScheduleTimes.ToSchedule(state.Schedule, state.SetAt).Next(now);
        await schedule.WriteStateAsync().ConfigureAwait(true);
        await ArmAsync(now).ConfigureAwait(true);
    }

    public async Task WorkerSeededAsync(int round, string silo)
    {
        if (round != Run.Round || Run.State != ClusterRunState.Running)
        {
            return;
        }

        // The lead's crawl is the retailer's latest now: the grain is the retailer's one holder on the cluster.
        if (await LatestCrawlAsync().ConfigureAwait(true) is not { } crawl)
        {
            return;
        }

        Run.Crawl = new RoundCrawl(crawl.RetailerId, crawl.Id);
        var followers = Run.Followers.ToList();
        Run.Followers.Clear();
        await JoinAsync(followers).ConfigureAwait(true);
        await SaveAsync().ConfigureAwait(true);
    }

    public async Task WorkerFinishedAsync(int round, string silo, long runId, string outcome)
    {
        if (round != Run.Round || Run.State != ClusterRunState.Running)
        {
            return;
        }

        if (!string.Equals(outcome, RunStatusNames.ToText(RunStatus.NotJoined), StringComparison.Ordinal))
        {
            Run.WorkerRuns++; // a share that joined nothing left no run behind
        }

        if (outcome.StartsWith("Failed", StringComparison.Ordinal))
        {
            Run.Error = outcome;
        }

        if (Run.Active.Remove(silo) && Run.Active.Count == 0)
        {
            await EvaluateAsync().ConfigureAwait(true);
        }

        await SaveAsync().ConfigureAwait(true);
    }

    /// <summary>Points the reminder at the next due time; its period is the interval (a fallback should this grain not re-arm it).</summary>
    private async Task ArmAsync(DateTimeOffset now)
    {
        var state = schedule.State;
        var dueIn = state.NextDue is { } due && due > now ? due - now : TimeSpan.Zero;
        await this.RegisterOrUpdateReminder(ScheduleReminder, dueIn, ScheduleTimes.Period(state.Schedule!, reminderOptions.Value.MinimumReminderPeriod)).ConfigureAwait(true);
    }

    private ClusterScheduleStatus ScheduleStatus()
    {
        var state = schedule.State;
        return new ClusterScheduleStatus
        {
            Retailer = Key,
            Schedule = state.Schedule is null ? null : ScheduleTimes.ToSchedule(state.Schedule, state.SetAt).Describe(),
            NextDue = state.Schedule is null ? null : state.NextDue,
            Fired = state.Fired,
            Skipped = state.Skipped,
            LastFired = state.LastFired,
            LastFiredOn = state.LastFiredOn,
        };
    }

    /// <summary>Starts a round: the first of a run has a lead that opens the crawl (<paramref name="crawl"/> null); later ones join <paramref name="crawl"/>.</summary>
    private async Task StartRoundAsync(RoundCrawl? crawl)
    {
        Run.Round++;
        Run.Joined.Clear();
        Run.Crawl = crawl;
        var silos = await LiveSilosAsync().ConfigureAwait(true);
        Log.RoundDispatched(logger, Key, Run.Round, silos.Count);
        if (crawl is null && silos.Count > 0)
        {
            // The lead is this grain's own silo when it is a member, else the first: any silo would do.
            var first = silos.Contains(Self) ? Self : silos[0];
            Run.Followers.AddRange(silos.Where(s => !string.Equals(s, first, StringComparison.Ordinal)));
            await JoinAsync([first]).ConfigureAwait(true);
        }
        else if (crawl is not null)
        {
            await JoinAsync(silos).ConfigureAwait(true);
        }

        if (Run.Active.Count == 0 && Run.Followers.Count == 0)
        {
            if (crawl is not null && silos.Count > 0)
            {
                // Every silo declined: the crawl completed (or lost its work) since it was read, so look again.
                await EvaluateAsync().ConfigureAwait(true);
            }
            else
            {
                await FinishAsync(ClusterRunState.Failed, Run.Error ?? "No silo could take the run.").ConfigureAwait(true);
            }
        }
    }

    /// <summary>Gives each silo a share of the round: the lead's while the round's crawl is not known yet, else a follower's of that crawl.</summary>
    private async Task JoinAsync(IReadOnlyList<string> silos)
    {
        foreach (var silo in silos)
        {
            try
            {
                Run.Active.Add(silo);
                Run.Joined.Add(silo);
                if (!await GrainFactory.GetGrain<ICrawlWorkerGrain>(silo).JoinAsync(Key, Run.Round, Run.Submission!, Run.Crawl).ConfigureAwait(true))
                {
                    Run.Active.Remove(silo); // the crawl has no work left for it (or the silo is stopping): nothing started
                }
            }
            catch (Exception ex) when (ex is SiloUnavailableException or OrleansException or TimeoutException)
            {
                Run.Active.Remove(silo); // gone since the membership was read
                Run.Joined.Remove(silo);
            }
        }
    }

    /// <summary>Every share of the round has ended: the crawl is done, or the live silos join again for what is left.</summary>
    private async Task EvaluateAsync()
    {
        if (Run.State != ClusterRunState.Running || _nextRound is not null)
        {
            return;
        }

        var shared = await stores.GetAsync(CancellationToken.None).ConfigureAwait(true);
        var crawl = await LatestCrawlAsync().ConfigureAwait(true);
        if (crawl is null)
        {
            await FinishAsync(ClusterRunState.Failed, Run.Error ?? "The run did not open a crawl.").ConfigureAwait(true);
            return;
        }

        if (crawl.Status is CrawlStatus.Complete or CrawlStatus.Limited)
        {
            await FinishAsync(ClusterRunState.Completed, null).ConfigureAwait(true);
            return;
        }

        var counts = await shared.Store.CountFrontierAsync(crawl.Id, CancellationToken.None).ConfigureAwait(true);
        var roundCrawl = new RoundCrawl(crawl.RetailerId, crawl.Id);
        if (counts.Queued > 0)
        {
            await StartRoundAsync(roundCrawl).ConfigureAwait(true);
        }
        else if (counts.InProgress > 0)
        {
            // Leases of a silo that died: claimable once they expire, so the next round starts then. Should this grain's
            // silo die meanwhile, the watchdog of its next activation finds no share running and evaluates again.
            _nextRound = this.RegisterGrainTimer(
                async _ =>
                {
                    _nextRound?.Dispose();
                    _nextRound = null;
                    await StartRoundAsync(roundCrawl).ConfigureAwait(true);
                    await SaveAsync().ConfigureAwait(true);
                },
                options.FrontierLease,
                Timeout.InfiniteTimeSpan);
        }
        else
        {
            await FinishAsync(ClusterRunState.Failed, Run.Error ?? "The crawl ended unfinished.").ConfigureAwait(true);
        }
    }

    /// <summary>
    /// Drops from the round the silos that left the cluster, and those whose share ended without the grain hearing of it
    /// (the report was sent while the grain moved to another silo); when none is left, the round is over. Once the
    /// round's crawl is known, it gives a follower's share of it to silos that became members since the round was
    /// dispatched. A follower joins that crawl only, so one arriving as the crawl completes ends without opening another.
    /// </summary>
    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        if (Run.State != ClusterRunState.Running || _nextRound is not null)
        {
            return;
        }

        var members = await LiveSilosAsync().ConfigureAwait(true);
        var live = members.ToHashSet(StringComparer.Ordinal);
        var gone = Run.Active.Where(s => !live.Contains(s)).ToList();
        foreach (var silo in Run.Active.Where(live.Contains).ToList())
        {
            if (!await HasShareAsync(silo).ConfigureAwait(true))
            {
                gone.Add(silo);
            }
        }

        Run.Active.ExceptWith(gone);
        if (Run.Active.Count == 0)
        {
            Run.Followers.Clear();
            await EvaluateAsync().ConfigureAwait(true);
            await SaveAsync().ConfigureAwait(true);
            return;
        }

        var newcomers = members.Where(s => !Run.Joined.Contains(s) && !Run.Followers.Contains(s, StringComparer.Ordinal)).ToList();
        if (Run.Crawl is not null && newcomers.Count > 0)
        {
            Log.SilosJoinedLate(logger, Key, Run.Round, newcomers.Count);
            await JoinAsync(newcomers).ConfigureAwait(true);
        }

        if (gone.Count > 0 || newcomers.Count > 0)
        {
            await SaveAsync().ConfigureAwait(true);
        }
    }

    /// <summary>Whether the silo's worker still has a share of this round running (or a report of one on its way); a silo that does not answer has none.</summary>
    private async Task<bool> HasShareAsync(string silo)
    {
        try
        {
            return await GrainFactory.GetGrain<ICrawlWorkerGrain>(silo).HasShareAsync(Key, Run.Round).ConfigureAwait(true);
        }
        catch (Exception ex) when (ex is SiloUnavailableException or OrleansException or TimeoutException)
        {
            return false;
        }
    }

    private async Task FinishAsync(ClusterRunState state, string? error)
    {
        (Run.State, Run.Error, Run.EndedAt) = (state, error ?? Run.Error, timeProvider.GetUtcNow());
        await EndAsync().ConfigureAwait(true);
        Log.RunEnded(logger, Key, state.ToString());
    }

    /// <summary>The run is over: its timers and its reminder go, its end is written, and whoever waits is told.</summary>
    private async Task EndAsync()
    {
        _watchdog?.Dispose();
        _watchdog = null;
        _nextRound?.Dispose();
        _nextRound = null;
        await SaveAsync().ConfigureAwait(true);
        await UnregisterQuietlyAsync(RunReminder).ConfigureAwait(true);
        _finished.TrySetResult();
    }

    private void ArmWatchdog() => _watchdog ??= this.RegisterGrainTimer(WatchAsync, options.WatchdogInterval, options.WatchdogInterval);

    private Task SaveAsync() => run.WriteStateAsync();

    /// <summary>The run reminder's period: the watchdog's, or the shortest Orleans allows (a minute by default).</summary>
    private TimeSpan RunReminderPeriod() =>
        options.WatchdogInterval > reminderOptions.Value.MinimumReminderPeriod ? options.WatchdogInterval : reminderOptions.Value.MinimumReminderPeriod;

    private async Task UnregisterQuietlyAsync(string name)
    {
        if (await this.GetReminder(name).ConfigureAwait(true) is { } reminder)
        {
            await this.UnregisterReminder(reminder).ConfigureAwait(true);
        }
    }

    private async Task<List<string>> LiveSilosAsync()
    {
        var hosts = await GrainFactory.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).ConfigureAwait(true);
        return [.. hosts.Keys.Select(s => s.ToParsableString()).Order(StringComparer.Ordinal)];
    }

    private async Task LeaveQuietlyAsync(string silo)
    {
        try
        {
            await GrainFactory.GetGrain<ICrawlWorkerGrain>(silo).LeaveAsync(Key).ConfigureAwait(true);
        }
        catch (Exception ex) when (ex is SiloUnavailableException or OrleansException or TimeoutException)
        {
            // A silo that is gone has nothing left to stop.
        }
    }

    private async Task<CrawlRecord?> LatestCrawlAsync()
    {
        var shared = await stores.GetAsync(CancellationToken.None).ConfigureAwait(true);
        foreach (var retailer in await shared.Store.GetRetailersAsync(CancellationToken.None).ConfigureAwait(true))
        {
            if (Uri.TryCreate(retailer.BaseUrl, UriKind.Absolute, out var url) && string.Equals(SiteIdentity.RetailerKey(url), Key, StringComparison.Ordinal))
            {
                return await shared.Store.GetLatestCrawlAsync(retailer.Id, CancellationToken.None).ConfigureAwait(true);
            }
        }

        return null;
    }

    private async Task<FrontierCounts?> CountAsync()
    {
        var crawl = await LatestCrawlAsync().ConfigureAwait(true);
        if (crawl is null)
        {
            return null;
        }

        var shared = await stores.GetAsync(CancellationToken.None).ConfigureAwait(true);
        return await shared.Store.CountFrontierAsync(crawl.Id, CancellationToken.None).ConfigureAwait(true);
    }
}
