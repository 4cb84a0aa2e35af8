namespace ShelfScout.Storage.Frontier;

/// <summary>
/// A retailer's crawl work, kept in the store so that a crawl survives the process doing it. Workers (threads of one
/// process, or several processes sharing a database) claim batches of entries with a lease and complete them;
/// adding a known URL and completing an entry twice are both harmless.
/// </summary>
public interface ICrawlFrontier
{
    /// <summary>The retailer's latest crawl, or null before the first one.</summary>
    Task<CrawlRecord?> GetLatestCrawlAsync(long retailerId, CancellationToken cancellationToken);

    /// <summary>Starts a new crawl (dropping the frontier of older ones, whose results are in the catalogue).</summary>
    Task<CrawlRecord> StartCrawlAsync(long retailerId, DateTimeOffset now, CancellationToken cancellationToken);

    Task FinishCrawlAsync(long crawlId, CrawlStatus status, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the seeds whose key the crawl does not know yet. A known entry not yet claimed takes the better evidence: the
    /// higher-priority reason, a category context it lacked, and a deferred one becomes queued when seeded within limits.
    /// Returns how many entries were added or updated.
    /// </summary>
    Task<int> EnqueueAsync(long crawlId, IReadOnlyList<FrontierSeed> seeds, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Takes up to <see cref="FrontierClaim.MaxEntries"/> queued entries (or ones whose lease expired), lowest priority first.</summary>
    Task<IReadOnlyList<FrontierEntry>> ClaimAsync(long crawlId, FrontierClaim claim, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Finishes an entry. Idempotent: completing a finished entry again changes nothing.</summary>
    Task CompleteAsync(long entryId, FrontierCompletion completion, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives the leased entries of an owner back to the queue (a clean stop, or an owner known to be gone).</summary>
    Task<int> ReleaseAsync(long crawlId, string owner, CancellationToken cancellationToken);

    /// <summary>Queues failed entries again that have had fewer than <paramref name="maxAttempts"/> attempts.</summary>
    Task<int> RequeueFailedAsync(long crawlId, int maxAttempts, CancellationToken cancellationToken);

    /// <summary>Queues deferred entries again (a run without the limits that deferred them).</summary>
    Task<int> RequeueDeferredAsync(long crawlId, CancellationToken cancellationToken);

    Task<FrontierCounts> CountFrontierAsync(long crawlId, CancellationToken cancellationToken);

    /// <summary>Turns the crawl's listing links into product-category links wherever both pages were stored; returns how many links exist.</summary>
    Task<int> ResolveListingLinksAsync(long crawlId, long retailerId, CancellationToken cancellationToken);

    /// <summary>
    /// Frontier keys that led to a category stored under another URL (a listing reached at a URL its canonical link
    /// replaces), each with that category's URL: links and parent hints naming the alias mean the category.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> GetCategoryAliasesAsync(long crawlId, CancellationToken cancellationToken);

    /// <summary>The failed entries of a crawl, with their last error.</summary>
    Task<IReadOnlyList<(string Url, string? Error)>> GetFailedAsync(long crawlId, CancellationToken cancellationToken);

    /// <summary>What the crawl's frontier says about products it may have missed (for the run's coverage estimate).</summary>
    Task<CoverageEvidence> GetCoverageEvidenceAsync(long crawlId, CancellationToken cancellationToken);

    /// <summary>Every entry of the retailer's latest crawl whose URL key is <paramref name="urlKey"/> or ends with it, newest first (for <c>shelfscout explain</c>).</summary>
    Task<IReadOnlyList<FrontierExplanation>> ExplainAsync(long retailerId, string urlKey, CancellationToken cancellationToken);
}
