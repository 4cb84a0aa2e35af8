using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Placement;
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
/// The retailer's schedule is grain state (persisted) and an Orleans reminder (in the reminder table), so it survives
/// the silo that set it, and each due time fires on one silo only. It is placed on the silo that first calls it (the
/// gateway a client submits through, or the silo whose reminder fires), so a run's bookkeeping lives where it was asked
/// for, not on a silo picked at random that may be the next to die.
/// </summary>
[PreferLocalPlacement]
internal sealed class RetailerGrain(
    SiloStores stores,
    ClusterCrawlOptions options,
    ILocalSiloDetails silo,
    TimeProvider timeProvider,
    IOptions<ReminderOptions> reminderOptions,
    [PersistentState("schedule", OrleansDatabaseExtensions.StorageName)] IPersistentState<RetailerScheduleState> schedule,
    ILogger<RetailerGrain> logger) : Grain, IRetailerGrain, IRemindable
{
    private const string ScheduleReminder = "schedule";

    /// <summary>A reminder tick this close before the due time counts as the due time (clocks and timers are not exact).</summary>
    private static readonly TimeSpan DueTolerance = TimeSpan.FromSeconds(1);

    private readonly HashSet<string> _active = new(StringComparer.Ordinal);
    private readonly List<string> _followers = [];

    /// <summary>Silos given a share of the current round (running or ended), so the watchdog joins each silo once a round.</summary>
    private readonly HashSet<string> _joined = new(StringComparer.Ordinal);

    /// <summary>The round's crawl, once it is open and seeded (the lead said so, or a later round found it unfinished): followers join it only.</summary>
    private RoundCrawl? _crawl;
    private ClusterRunState _state = ClusterRunState.Idle;
    private ClusterSubmission? _submission;
    private int _round;
    private int _workerRuns;
    private string? _error;
    private DateTimeOffset? _startedAt;
    private DateTimeOffset? _endedAt;
    private IGrainTimer? _watchdog;
    private IGrainTimer? _nextRound;
    private TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private string Key => this.GetPrimaryKeyString();

    private string Self => silo.SiloAddress.ToParsableString();

    public async Task<ClusterRunStatus> SubmitAsync(ClusterSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (_state == ClusterRunState.Running)
        {
            return await GetStatusAsync().ConfigureAwait(true);
        }

        if (!Uri.TryCreate(submission.Url, UriKind.Absolute, out var url) || !string.Equals(SiteIdentity.RetailerKey(url), Key, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The URL {submission.Url} is not the retailer {Key}.", nameof(submission));
        }

        (_submission, _state, _round, _workerRuns, _error, _crawl) = (submission, ClusterRunState.Running, 0, 0, null, null);
        (_startedAt, _endedAt) = (timeProvider.GetUtcNow(), null);
        _finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _watchdog ??= this.RegisterGrainTimer(WatchAsync, options.WatchdogInterval, options.WatchdogInterval);
        await StartRoundAsync(crawl: null).ConfigureAwait(true);
        return await GetStatusAsync().ConfigureAwait(true);
    }

    public async Task<ClusterRunStatus> GetStatusAsync()
    {
        var counts = await CountAsync().ConfigureAwait(true);
        return new ClusterRunStatus
        {
            Retailer = Key,
            State = _state,
            Url = _submission?.Url,
            Rounds = _round,
            ActiveSilos = [.. _active],
            WorkerRuns = _workerRuns,
            Queued = counts?.Queued ?? 0,
            InProgress = counts?.InProgress ?? 0,
            Done = counts?.Done ?? 0,
            Failed = counts?.Failed ?? 0,
            Error = _error,
            Silo = Self,
            StartedAt = _startedAt,
            EndedAt = _endedAt,
        };
    }

    public async Task<ClusterRunStatus> WaitAsync(TimeSpan maxWait)
    {
        if (_state == ClusterRunState.Running)
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
        if (_state == ClusterRunState.Running)
        {
            (_state, _endedAt) = (ClusterRunState.Stopped, timeProvider.GetUtcNow());
            _followers.Clear();
            await Task.WhenAll(_active.Select(LeaveQuietlyAsync)).ConfigureAwait(true);
            EndTimers();
            _finished.TrySetResult();
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
        if (await this.GetReminder(ScheduleReminder).ConfigureAwait(true) is { } reminder)
        {
            await this.UnregisterReminder(reminder).ConfigureAwait(true);
        }

        await schedule.ClearStateAsync().ConfigureAwait(true);
        return ScheduleStatus();
    }

    public Task<ClusterScheduleStatus> GetScheduleAsync() => Task.FromResult(ScheduleStatus());

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!string.Equals(reminderName, ScheduleReminder, StringComparison.Ordinal))
        {
            return;
        }

        var state = schedule.State;
        if (state.Schedule is null)
        {
            // Unscheduled while the reminder was on its way (or its state was lost): nothing is due any more.
            if (await this.GetReminder(ScheduleReminder).ConfigureAwait(true) is { } stale)
            {
                await this.UnregisterReminder(stale).ConfigureAwait(true);
            }

            return;
        }

        var now = timeProvider.GetUtcNow();
        if (state.NextDue is { } due && now + DueTolerance < due)
        {
            // The reminder's own period ticked before the schedule's next due time (a cron schedule): move it there.
            await ArmAsync(now).ConfigureAwait(true);
            return;
        }

        if (_state == ClusterRunState.Running)
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
        if (round != _round || _state != ClusterRunState.Running)
        {
            return;
        }

        // The lead's crawl is the retailer's latest now: the grain is the retailer's one holder on the cluster.
        if (await LatestCrawlAsync().ConfigureAwait(true) is not { } crawl)
        {
            return;
        }

        _crawl = new RoundCrawl(crawl.RetailerId, crawl.Id);
        var followers = _followers.ToList();
        _followers.Clear();
        await JoinAsync(followers).ConfigureAwait(true);
    }

    public async Task WorkerFinishedAsync(int round, string silo, long runId, string outcome)
    {
        if (round != _round)
        {
            return;
        }

        if (!string.Equals(outcome, RunStatusNames.ToText(RunStatus.NotJoined), StringComparison.Ordinal))
        {
            _workerRuns++; // a share that joined nothing left no run behind
        }

        if (outcome.StartsWith("Failed", StringComparison.Ordinal))
        {
            _error = outcome;
        }

        if (_active.Remove(silo) && _active.Count == 0)
        {
            await EvaluateAsync().ConfigureAwait(true);
        }
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
        _round++;
        _joined.Clear();
        _crawl = crawl;
        var silos = await LiveSilosAsync().ConfigureAwait(true);
        Log.RoundDispatched(logger, Key, _round, silos.Count);
        if (crawl is null && silos.Count > 0)
        {
            // The lead is this grain's own silo when it is a member, else the first: any silo would do.
            var first = silos.Contains(Self) ? Self : silos[0];
            _followers.AddRange(silos.Where(s => !string.Equals(s, first, StringComparison.Ordinal)));
            await JoinAsync([first]).ConfigureAwait(true);
        }
        else if (crawl is not null)
        {
            await JoinAsync(silos).ConfigureAwait(true);
        }

        if (_active.Count == 0 && _followers.Count == 0)
        {
            if (crawl is not null && silos.Count > 0)
            {
                // Every silo declined: the crawl completed (or lost its work) since it was read, so look again.
                await EvaluateAsync().ConfigureAwait(true);
            }
            else
            {
                Finish(ClusterRunState.Failed, _error ?? "No silo could take the run.");
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
                _active.Add(silo);
                _joined.Add(silo);
                if (!await GrainFactory.GetGrain<ICrawlWorkerGrain>(silo).JoinAsync(Key, _round, _submission!, _crawl).ConfigureAwait(true))
                {
                    _active.Remove(silo); // the crawl has no work left for it (or the silo is stopping): nothing started
                }
            }
            catch (Exception ex) when (ex is SiloUnavailableException or OrleansException or TimeoutException)
            {
                _active.Remove(silo); // gone since the membership was read
                _joined.Remove(silo);
            }
        }
    }

    /// <summary>Every share of the round has ended: the crawl is done, or the live silos join again for what is left.</summary>
    private async Task EvaluateAsync()
    {
        if (_state != ClusterRunState.Running || _nextRound is not null)
        {
            return;
        }

        var shared = await stores.GetAsync(CancellationToken.None).ConfigureAwait(true);
        var crawl = await LatestCrawlAsync().ConfigureAwait(true);
        if (crawl is null)
        {
            Finish(ClusterRunState.Failed, _error ?? "The run did not open a crawl.");
            return;
        }

        if (crawl.Status is CrawlStatus.Complete or CrawlStatus.Limited)
        {
            Finish(ClusterRunState.Completed, null);
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
            // Leases of a silo that died: claimable once they expire, so the next round starts then.
            _nextRound = this.RegisterGrainTimer(
                async _ =>
                {
                    _nextRound?.Dispose();
                    _nextRound = null;
                    await StartRoundAsync(roundCrawl).ConfigureAwait(true);
                },
                options.FrontierLease,
                Timeout.InfiniteTimeSpan);
        }
        else
        {
            Finish(ClusterRunState.Failed, _error ?? "The crawl ended unfinished.");
        }
    }

    /// <summary>
    /// Drops silos that left the cluster from the round (when none is left, the round is over) and, once the round's
    /// crawl is known, gives a follower's share of it to silos that became members since the round was dispatched. A
    /// follower joins that crawl only, so one arriving as the crawl completes ends without opening another.
    /// </summary>
    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        if (_state != ClusterRunState.Running || _active.Count == 0)
        {
            return;
        }

        var members = await LiveSilosAsync().ConfigureAwait(true);
        var live = members.ToHashSet(StringComparer.Ordinal);
        if (_active.RemoveWhere(s => !live.Contains(s)) > 0 && _active.Count == 0)
        {
            _followers.Clear();
            await EvaluateAsync().ConfigureAwait(true);
            return;
        }

        var newcomers = members.Where(s => !_joined.Contains(s) && !_followers.Contains(s, StringComparer.Ordinal)).ToList();
        if (_crawl is not null && newcomers.Count > 0)
        {
            Log.SilosJoinedLate(logger, Key, _round, newcomers.Count);
            await JoinAsync(newcomers).ConfigureAwait(true);
        }
    }

    private void Finish(ClusterRunState state, string? error)
    {
        (_state, _error, _endedAt) = (state, error ?? _error, timeProvider.GetUtcNow());
        EndTimers();
        _finished.TrySetResult();
        Log.RunEnded(logger, Key, state.ToString());
    }

    private void EndTimers()
    {
        _watchdog?.Dispose();
        _watchdog = null;
        _nextRound?.Dispose();
        _nextRound = null;
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
