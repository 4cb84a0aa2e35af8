using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using ShelfScout.Agents;
using ShelfScout.Agents.Crawling;
using ShelfScout.Cluster.Contracts;
using ShelfScout.Cluster.Hosting;
using ShelfScout.Cluster.Politeness;
using ShelfScout.Fetching;
using ShelfScout.Orchestration;

namespace ShelfScout.Cluster.Workers;

/// <summary>
/// A silo's share of retailer runs. Each share is an orchestrator run on the shared store that claims frontier entries
/// with leases next to the other silos' runs, the path a crawl takes after kill -9: the round's lead opens or resumes
/// the retailer's crawl; a follower joins the round's crawl only (<see cref="RunRequest.JoinCrawlId"/>), and ends at
/// once, storing nothing, when that crawl is complete or gone. Only the crawl stages run (prices and reviews still read the whole catalogue outside the frontier,
/// which every silo would repeat). The silo stopping cancels its shares; their leases go back to the frontier.
/// </summary>
internal sealed class SiloCrawlWorker(
    IGrainFactory grains,
    SiloStores stores,
    ClusterCrawlOptions options,
    TimeProvider timeProvider,
    ILocalSiloDetails silo,
    ILoggerFactory loggers) : IHostedService, IDisposable
{
    /// <summary>Tries at reporting to the retailer grain: enough to outlast the grain's move to another silo after its own silo died.</summary>
    private const int ReportAttempts = 10;

    private readonly ConcurrentDictionary<string, Share> _shares = new(StringComparer.Ordinal);

    /// <summary>Shares that ended and whose report to the retailer grain is still on its way, by retailer: their round.</summary>
    private readonly ConcurrentDictionary<string, int> _reporting = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger _logger = loggers.CreateLogger<SiloCrawlWorker>();

    private string SiloName => silo.SiloAddress.ToParsableString();

    public async Task<bool> JoinAsync(string retailer, int round, ClusterSubmission submission, RoundCrawl? crawl)
    {
        if (_stopping.IsCancellationRequested)
        {
            return false;
        }

        if (_shares.ContainsKey(retailer))
        {
            return true; // this silo is already working on the retailer's crawl
        }

        if (crawl is not null)
        {
            // A follower arriving as the round's crawl completes is told no here, so the grain does not wait for it; the
            // orchestrator checks again when it opens the crawl, and never starts one for a follower.
            var shared = await stores.GetAsync(_stopping.Token).ConfigureAwait(false);
            if (await CrawlSession.FindJoinableAsync(shared.Store, crawl.RetailerId, crawl.CrawlId, _stopping.Token).ConfigureAwait(false) is null)
            {
                Log.ShareDeclined(_logger, retailer, round, crawl.CrawlId);
                return false;
            }
        }

        var cancel = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        var share = new Share(cancel, round);
        if (_shares.TryAdd(retailer, share))
        {
            // Tracked, not fire-and-forget: the task is kept in _shares and awaited when the silo stops.
            share.Task = Task.Run(() => RunShareAsync(retailer, round, submission, crawl, share), CancellationToken.None);
        }
        else
        {
            cancel.Dispose();
        }

        return true;
    }

    public async Task LeaveAsync(string retailer)
    {
        if (_shares.TryGetValue(retailer, out var share))
        {
            await share.Cancel.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Whether a share of the retailer's round <paramref name="round"/> runs here, or has ended and its report is still being sent.</summary>
    public bool HasShare(string retailer, int round) =>
        (_shares.TryGetValue(retailer, out var share) && share.Round == round)
        || (_reporting.TryGetValue(retailer, out var reporting) && reporting == round);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_shares.Values.Select(s => s.Task ?? Task.CompletedTask)).ConfigureAwait(false);
        await stores.DisposeAsync().ConfigureAwait(false);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunShareAsync(string retailer, int round, ClusterSubmission submission, RoundCrawl? crawl, Share share)
    {
        var lead = crawl is null;
        var grain = grains.GetGrain<IRetailerGrain>(retailer);
        var outcome = "Failed";
        long runId = 0;
        var signal = new SeedSignal();
        try
        {
            var shared = await stores.GetAsync(share.Cancel.Token).ConfigureAwait(false);
            var fetch = options.Fetch with { PerHostConcurrency = options.HostConcurrency, PerHostDelay = TimeSpan.Zero };
            using var fetcher = new HttpPageFetcher(fetch, timeProvider, new ClusterHostGate(grains, shared.Slots, SiloName, options, timeProvider), loggers.CreateLogger<HttpPageFetcher>());
            var orchestrator = new MasterOrchestrator(shared.Store, fetcher, timeProvider, loggers.CreateLogger<MasterOrchestrator>());
            var request = new RunRequest
            {
                Url = new Uri(submission.Url),
                RetailerName = submission.RetailerName,
                RetailerId = crawl?.RetailerId,
                JoinCrawlId = crawl?.CrawlId,
                Prices = false,
                Reviews = false,
                ClusterShare = true,
                Limits = new AgentLimits
                {
                    Concurrency = Math.Max(1, submission.Concurrency),
                    MaxCategories = submission.MaxCategories,
                    MaxProductsPerCategory = submission.MaxProductsPerCategory,
                    FrontierLease = options.FrontierLease,
                },
            };
            Log.ShareStarted(_logger, retailer, round, lead);
            var run = orchestrator.RunAsync(request, signal, share.Cancel.Token);
            if (lead)
            {
                await Task.WhenAny(signal.Seeded, run).ConfigureAwait(false);
                if (signal.Seeded.IsCompleted)
                {
                    await ReportAsync(retailer, round, () => grain.WorkerSeededAsync(round, SiloName)).ConfigureAwait(false);
                }
            }

            var summary = await run.ConfigureAwait(false);
            (outcome, runId) = (summary.Status.ToString(), summary.RunId);
        }
        catch (OperationCanceledException) when (share.Cancel.IsCancellationRequested)
        {
            outcome = "Interrupted";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ShareFailed(_logger, retailer, ex);
            outcome = $"Failed: {ex.Message}";
        }
        finally
        {
            // Marked as reporting before it stops being a share, so the grain's watchdog never finds neither.
            _reporting[retailer] = round;
            _shares.TryRemove(retailer, out _);
            share.Cancel.Dispose();
        }

        try
        {
            if (!_stopping.IsCancellationRequested)
            {
                await ReportAsync(retailer, round, () => grain.WorkerFinishedAsync(round, SiloName, runId, outcome)).ConfigureAwait(false);
            }
        }
        finally
        {
            _reporting.TryRemove(KeyValuePair.Create(retailer, round));
        }
    }

    /// <summary>
    /// Tells the retailer grain, trying again while it cannot be reached: when the silo it lived on died, calls fail
    /// until the cluster declares that silo dead and the grain is activated elsewhere from its persisted state. A report
    /// that never arrives is not lost work: the grain's watchdog asks each silo whether its share still runs.
    /// </summary>
    private async Task ReportAsync(string retailer, int round, Func<Task> report)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await report().ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is SiloUnavailableException or OrleansException or TimeoutException && attempt < ReportAttempts && !_stopping.IsCancellationRequested)
            {
                Log.ReportRetried(_logger, retailer, round, attempt, ex);
                try
                {
                    await Task.Delay(options.WatchdogInterval, timeProvider, _stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return; // the silo is stopping: the grain's watchdog finds the share gone
                }
            }
        }
    }

    private sealed class Share(CancellationTokenSource cancel, int round)
    {
        public CancellationTokenSource Cancel { get; } = cancel;

        public int Round { get; } = round;

        public Task? Task { get; set; }
    }
}
