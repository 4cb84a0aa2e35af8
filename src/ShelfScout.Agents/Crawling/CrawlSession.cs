using ShelfScout.Agents.Running;
using ShelfScout.Storage;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// One run's part in a retailer's crawl: the crawl it works on (new, or the unfinished one it resumes), the lease owner
/// it claims work as, the run's limits and counters shared by the categories and products stages.
/// </summary>
public sealed class CrawlSession
{
    private CrawlSession(CrawlRecord crawl, string owner, bool resumed, int recovered, AgentLimits limits)
    {
        Crawl = crawl;
        Owner = owner;
        Resumed = resumed;
        RecoveredRuns = recovered;
        Limits = new CrawlLimits(limits);
    }

    public CrawlRecord Crawl { get; }

    /// <summary>The lease owner this run claims frontier entries as.</summary>
    public string Owner { get; }

    /// <summary>True when the run continues a crawl an earlier run left unfinished.</summary>
    public bool Resumed { get; }

    /// <summary>Earlier runs found still marked running whose process is gone; marked Interrupted.</summary>
    public int RecoveredRuns { get; }

    internal CrawlLimits Limits { get; }

    internal StageCounters Products { get; } = new();

    internal StageCounters Pages { get; } = new();

    /// <summary>Serialises "is this product already stored under another URL?" with the store write that follows.</summary>
    internal SemaphoreSlim Identity { get; } = new(1, 1);

    /// <summary>
    /// Opens the crawl a run works on. Runs of this retailer left "running" by a process that is gone are marked
    /// Interrupted and their leases given back; an unfinished (or limited) crawl is resumed unless <paramref name="refresh"/>;
    /// otherwise a new crawl starts.
    /// </summary>
    public static async Task<CrawlSession> OpenAsync(IShelfStore store, long retailerId, long runId, bool refresh, AgentLimits limits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(limits);
        var owner = LeaseOwner.Current.ForRun(runId);
        var latest = await store.GetLatestCrawlAsync(retailerId, cancellationToken).ConfigureAwait(false);
        var recovered = 0;
        foreach (var (otherRun, otherOwner) in await store.GetUnfinishedRunsAsync(retailerId, cancellationToken).ConfigureAwait(false))
        {
            if (otherRun == runId)
            {
                continue;
            }

            var parsed = LeaseOwner.Parse(otherOwner);
            if (parsed is null || parsed.IsGoneFromThisMachine())
            {
                await store.FinishRunAsync(otherRun, now, "Interrupted", cancellationToken).ConfigureAwait(false);
                if (latest is not null && parsed is not null)
                {
                    await store.ReleaseAsync(latest.Id, parsed.ForRun(otherRun), cancellationToken).ConfigureAwait(false);
                }

                recovered++;
            }
        }

        var resume = latest is not null && !refresh && latest.Status != CrawlStatus.Complete;
        var crawl = resume ? latest! : await store.StartCrawlAsync(retailerId, now, cancellationToken).ConfigureAwait(false);
        var session = new CrawlSession(crawl, owner, resume, recovered, limits);
        if (resume && !session.Limits.Any)
        {
            // A run without limits completes what limited runs left for later.
            await store.RequeueDeferredAsync(crawl.Id, cancellationToken).ConfigureAwait(false);
        }

        return session;
    }
}
