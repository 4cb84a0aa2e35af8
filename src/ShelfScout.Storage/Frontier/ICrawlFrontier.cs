using ShelfScout.Domain.Catalog;

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

    /// <summary>
    /// Starts a new crawl, dropping the frontier of older ones (their results are in the catalogue) except a crawl whose
    /// entries another run still holds under a live lease: that run's work is never deleted under it.
    /// </summary>
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

    /// <summary>
    /// Finishes an entry. Idempotent: completing a finished entry again changes nothing. When the completion names its
    /// <see cref="FrontierCompletion.Owner"/>, an entry another owner has claimed since (this owner's lease ran out) is
    /// left to that owner: nothing of this completion (state, seeds, links) is written.
    /// </summary>
    Task CompleteAsync(long entryId, FrontierCompletion completion, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Extends the leases <paramref name="owner"/> holds in the crawl to <paramref name="now"/> + <paramref name="lease"/>
    /// (a worker on a slow page keeps it); returns how many it still holds. A lease another owner took over is not touched.
    /// </summary>
    Task<int> RenewLeasesAsync(long crawlId, string owner, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Takes (or, for its holder, renews) the retailer's run lock until <paramref name="now"/> + <paramref name="lease"/>:
    /// false when another owner holds it unexpired, so a second run of one retailer is refused, on one machine or many.
    /// </summary>
    Task<bool> TryLockRetailerAsync(long retailerId, string owner, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives the retailer's run lock back if <paramref name="owner"/> holds it.</summary>
    Task UnlockRetailerAsync(long retailerId, string owner, CancellationToken cancellationToken);

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

    /// <summary>The crawl's role evidence: its done pages counted by template, reason, <see cref="RoleBasis"/> and kind.</summary>
    Task<IReadOnlyList<RoleTally>> GetRoleTallyAsync(long crawlId, CancellationToken cancellationToken);

    /// <summary>The done pages of <paramref name="template"/> queued for <paramref name="reason"/> whose role was decided on <paramref name="basis"/> and who were taken for <paramref name="pageKind"/>.</summary>
    Task<IReadOnlyList<FrontierDecision>> GetGroupDecisionsAsync(long crawlId, string template, FrontierReason reason, RoleBasis basis, PageKind pageKind, CancellationToken cancellationToken);

    /// <summary>
    /// Queues done entries again at <paramref name="priority"/>, to be decided anew: what they were taken for and what
    /// was stored from them is cleared (their links and template stay). Returns how many were queued.
    /// </summary>
    Task<int> RedecideAsync(long crawlId, IReadOnlyList<long> entryIds, int priority, CancellationToken cancellationToken);

    /// <summary>Every entry of the retailer's latest crawl whose URL key is <paramref name="urlKey"/> or ends with it, newest first (for <c>shelfscout explain</c>).</summary>
    Task<IReadOnlyList<FrontierExplanation>> ExplainAsync(long retailerId, string urlKey, CancellationToken cancellationToken);
}
