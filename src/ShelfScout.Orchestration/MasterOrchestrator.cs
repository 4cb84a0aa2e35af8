using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ShelfScout.Agents;
using ShelfScout.Agents.Categories;
using ShelfScout.Agents.Crawling;
using ShelfScout.Agents.Pages;
using ShelfScout.Agents.Prices;
using ShelfScout.Agents.Products;
using ShelfScout.Agents.Reviews;
using ShelfScout.Agents.Running;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Products;
using ShelfScout.Extraction.Reviews;
using ShelfScout.Fetching;
using ShelfScout.Storage;
using ShelfScout.Storage.Alerts;
using ShelfScout.Storage.Frontier;
using ShelfScout.Storage.Records;

namespace ShelfScout.Orchestration;

/// <summary>
/// Runs the agents for a retailer: Categories, then Products, then Prices and Reviews (together when parallel).
/// Decides which stages to skip for a known retailer, isolates failures (a failing agent is recorded and the run
/// goes on with what it has), and records the run in the store.
/// </summary>
public sealed class MasterOrchestrator
{
    private readonly IShelfStore _store;
    private readonly IPageFetcher _fetcher;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly IReadOnlyDictionary<Stage, IAgent> _agents;

    public MasterOrchestrator(IShelfStore store, IPageFetcher fetcher, TimeProvider timeProvider, ILogger<MasterOrchestrator>? logger = null)
        : this(store, fetcher, timeProvider, DefaultAgents(), logger)
    {
    }

    /// <summary>Uses the given agents (one per stage) instead of the defaults.</summary>
    public MasterOrchestrator(IShelfStore store, IPageFetcher fetcher, TimeProvider timeProvider, IEnumerable<IAgent> agents, ILogger<MasterOrchestrator>? logger = null)
    {
        _store = store;
        _fetcher = fetcher;
        _timeProvider = timeProvider;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _agents = agents.ToDictionary(a => a.Stage);
    }

    public static IReadOnlyList<IAgent> DefaultAgents()
    {
        var extractor = new ProductExtractor();
        return
        [
            new CategoryExtractionAgent(new SitemapSeedSource(), extractor),
            new ProductExtractionAgent(extractor),
            new PriceMonitorAgent(extractor),
            new ReviewScraperAgent(new ReviewExtractor(), extractor),
        ];
    }

    public async Task<RunSummary> RunAsync(RunRequest request, IProgress<AgentProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var retailer = await ResolveRetailerAsync(request, cancellationToken).ConfigureAwait(false);
        var startedAt = _timeProvider.GetUtcNow();
        var started = _timeProvider.GetTimestamp();
        if (request.JoinCrawlId is { } joinId && await CrawlSession.FindJoinableAsync(_store, retailer.Id, joinId, cancellationToken).ConfigureAwait(false) is null)
        {
            // Nothing left to join: no run row, no crawl (the store is left as it was).
            Log.RunNotJoined(_logger, retailer.Name, joinId);
            var counts = await _store.CountAsync(retailer.Id, cancellationToken).ConfigureAwait(false);
            return new RunSummary(0, retailer, RunStatus.NotJoined, startedAt, TimeSpan.Zero, [], [], [], counts, 0);
        }

        var runId = await _store.StartRunAsync(retailer.Id, startedAt, JsonSerializer.Serialize(request, OrchestrationJson.Default.RunRequest), LeaseOwner.Current.ToString(), cancellationToken).ConfigureAwait(false);
        Log.RunStarted(_logger, runId, retailer.Name, request.Url.AbsoluteUri);

        var recorder = new RunRecorder(_store, runId, _timeProvider, progress);
        // Concurrent requests for one page share a fetch; no bodies are kept: no later stage re-reads a page the crawl read
        // (the crawl reads reviews with the page), so a cache would only cost memory.
        var fetcher = new RunScopedFetcher(_fetcher, cacheBudgetBytes: 0);
        var limits = request.Limits with { Concurrency = request.Parallel ? Math.Max(1, request.Limits.Concurrency) : 1 };
        var context = new AgentContext(retailer, request.Url, runId, startedAt, _store, fetcher, recorder, limits, _timeProvider);
        var results = new List<StageResult>();
        var status = RunStatus.Interrupted;
        CrawlSession? session = null;
        RetailerRunLock? runLock = null;
        try
        {
            try
            {
                runLock = request.ClusterShare ? null : await RetailerRunLock.AcquireAsync(_store, retailer, runId, _timeProvider, _logger, cancellationToken).ConfigureAwait(false);
            }
            catch (RetailerBusyException)
            {
                status = RunStatus.Refused;
                throw;
            }

            var plan = StagePlan.Decide(request);
            if (plan.Crawls && request.JoinCrawlId is { } crawlId)
            {
                // Checked above; this catches the crawl completing since, without ever starting one.
                session = await CrawlSession.JoinAsync(_store, retailer.Id, crawlId, runId, limits, startedAt, cancellationToken).ConfigureAwait(false);
                if (session is null)
                {
                    Log.RunNotJoined(_logger, retailer.Name, crawlId);
                    status = RunStatus.NotJoined;
                }
            }
            else if (plan.Crawls)
            {
                session = await CrawlSession.OpenAsync(_store, retailer.Id, runId, request.Refresh, limits, startedAt, cancellationToken).ConfigureAwait(false);
            }

            if (session is not null)
            {
                context = context with { Crawl = session };
                foreach (var (stage, agent) in _agents)
                {
                    if (agent is ICrawlParticipant participant && plan.SkipReason(stage) is null)
                    {
                        participant.JoinCrawl(session, limits);
                    }
                }
            }

            if (status != RunStatus.NotJoined)
            {
                results.Add(await RunStageAsync(Stage.Categories, plan, context, cancellationToken).ConfigureAwait(false));
                results.Add(await RunStageAsync(Stage.Products, plan, context, cancellationToken).ConfigureAwait(false));
                if (request.Parallel)
                {
                    var both = await Task.WhenAll(
                        RunStageAsync(Stage.Prices, plan, context, cancellationToken),
                        RunStageAsync(Stage.Reviews, plan, context, cancellationToken)).ConfigureAwait(false);
                    results.AddRange(both);
                }
                else
                {
                    results.Add(await RunStageAsync(Stage.Prices, plan, context, cancellationToken).ConfigureAwait(false));
                    results.Add(await RunStageAsync(Stage.Reviews, plan, context, cancellationToken).ConfigureAwait(false));
                }

                status = OverallStatus(results);
            }
        }
        finally
        {
            // Record how the run ended even when it was interrupted; the data already saved stays, and the pages this run
            // had claimed go back to the frontier for the next run.
            if (session is not null)
            {
                await _store.ReleaseAsync(session.Crawl.Id, session.Owner, CancellationToken.None).ConfigureAwait(false);
            }

            await _store.FinishRunAsync(runId, _timeProvider.GetUtcNow(), status, CancellationToken.None).ConfigureAwait(false);
            if (runLock is not null)
            {
                await runLock.DisposeAsync().ConfigureAwait(false);
            }
        }

        var totals = await _store.CountAsync(retailer.Id, cancellationToken).ConfigureAwait(false);
        var alerts = await _store.GetAlertsAsync(new AlertQuery { RunId = runId }, cancellationToken).ConfigureAwait(false);
        Log.RunFinished(_logger, runId, status);
        return new RunSummary(
            runId,
            retailer,
            status,
            startedAt,
            _timeProvider.GetElapsedTime(started),
            results,
            recorder.Errors.ToList(),
            alerts,
            totals,
            fetcher.Fetches)
        {
            LostPages = results.Sum(r => r.LostPages),
            Coverage = results.Select(r => r.Coverage).LastOrDefault(c => c is not null),
            Resumed = session?.Resumed ?? false,
        };
    }

    private async Task<StageResult> RunStageAsync(Stage stage, StagePlan plan, AgentContext context, CancellationToken cancellationToken)
    {
        StageResult result;
        if (plan.SkipReason(stage) is { } reason)
        {
            result = StageResult.Skipped(stage, reason);
        }
        else if (!_agents.TryGetValue(stage, out var agent))
        {
            result = StageResult.Skipped(stage, "no agent for this stage");
        }
        else
        {
            var started = _timeProvider.GetTimestamp();
            context.Recorder.Report(stage, $"{agent.Name} starting", 0, null);
            try
            {
                result = await agent.RunAsync(context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // One agent's failure never takes the run down: record it and let the later stages use what exists.
                Log.AgentFailed(_logger, agent.Name, $"{ex.GetType().Name}: {ex.Message}");
                await context.Recorder.RecordErrorAsync(stage, null, $"{agent.Name} failed: {ex.Message}", cancellationToken).ConfigureAwait(false);
                result = new StageResult(stage, StageStatus.Failed, 0, 0, 1, 0, _timeProvider.GetElapsedTime(started), ex.Message);
            }
        }

        await _store.RecordStageResultAsync(context.RunId, result, cancellationToken).ConfigureAwait(false);
        context.Recorder.Report(stage, $"{result.Status}", result.Processed, result.Processed);
        return result;
    }

    private async Task<RetailerRecord> ResolveRetailerAsync(RunRequest request, CancellationToken cancellationToken)
    {
        if (request.JoinCrawlId is not null && request.RetailerId is null)
        {
            // Upserting the retailer would be a write, and a run that joins nothing stores nothing.
            throw new ArgumentException("A run that joins a crawl names its retailer by id.", nameof(request));
        }

        if (request.RetailerId is { } id)
        {
            return await _store.FindRetailerAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new UnknownRetailerException($"unknown retailer id {id}");
        }

        var name = string.IsNullOrWhiteSpace(request.RetailerName) ? Domain.Sites.SiteIdentity.RetailerName(request.Url) : request.RetailerName.Trim();
        return await _store.UpsertRetailerAsync(name, request.Url, cancellationToken).ConfigureAwait(false);
    }

    private static RunStatus OverallStatus(IReadOnlyList<StageResult> results)
    {
        var ran = results.Where(r => r.Status is not StageStatus.Skipped and not StageStatus.NotRun).ToList();
        if (ran.Count == 0)
        {
            return RunStatus.Skipped;
        }

        if (ran.All(r => r.Status == StageStatus.Succeeded))
        {
            return ran.Any(r => r.Limited) ? RunStatus.Limited : RunStatus.Succeeded;
        }

        return ran.All(r => r.Status == StageStatus.Failed) ? RunStatus.Failed : RunStatus.PartiallySucceeded;
    }
}
