using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Storage.Postgres;

/// <summary>The crawl frontier (<see cref="ICrawlFrontier"/>) of the store: <see cref="Frontier.PostgresCrawlFrontier"/> on the same database, with the catalogue.</summary>
public sealed partial class PostgresShelfStore
{
    public Task<CrawlRecord?> GetLatestCrawlAsync(long retailerId, CancellationToken cancellationToken) =>
        _frontier.GetLatestCrawlAsync(retailerId, cancellationToken);

    public Task<CrawlRecord> StartCrawlAsync(long retailerId, DateTimeOffset now, CancellationToken cancellationToken) =>
        _frontier.StartCrawlAsync(retailerId, now, cancellationToken);

    public Task FinishCrawlAsync(long crawlId, CrawlStatus status, DateTimeOffset now, CancellationToken cancellationToken) =>
        _frontier.FinishCrawlAsync(crawlId, status, now, cancellationToken);

    public Task<int> EnqueueAsync(long crawlId, IReadOnlyList<FrontierSeed> seeds, DateTimeOffset now, CancellationToken cancellationToken) =>
        _frontier.EnqueueAsync(crawlId, seeds, now, cancellationToken);

    public Task<IReadOnlyList<FrontierEntry>> ClaimAsync(long crawlId, FrontierClaim claim, DateTimeOffset now, CancellationToken cancellationToken) =>
        _frontier.ClaimAsync(crawlId, claim, now, cancellationToken);

    public Task CompleteAsync(long entryId, FrontierCompletion completion, DateTimeOffset now, CancellationToken cancellationToken) =>
        _frontier.CompleteAsync(entryId, completion, now, cancellationToken);

    public Task<int> RenewLeasesAsync(long crawlId, string owner, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken) =>
        _frontier.RenewLeasesAsync(crawlId, owner, lease, now, cancellationToken);

    public Task<bool> TryLockRetailerAsync(long retailerId, string owner, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken) =>
        _frontier.TryLockRetailerAsync(retailerId, owner, lease, now, cancellationToken);

    public Task UnlockRetailerAsync(long retailerId, string owner, CancellationToken cancellationToken) =>
        _frontier.UnlockRetailerAsync(retailerId, owner, cancellationToken);

    public Task<int> ReleaseAsync(long crawlId, string owner, CancellationToken cancellationToken) =>
        _frontier.ReleaseAsync(crawlId, owner, cancellationToken);

    public Task<int> RequeueFailedAsync(long crawlId, int maxAttempts, CancellationToken cancellationToken) =>
        _frontier.RequeueFailedAsync(crawlId, maxAttempts, cancellationToken);

    public Task<IReadOnlyList<RoleTally>> GetRoleTallyAsync(long crawlId, CancellationToken cancellationToken) =>
        _frontier.GetRoleTallyAsync(crawlId, cancellationToken);

    public Task<IReadOnlyList<FrontierDecision>> GetGroupDecisionsAsync(long crawlId, string template, FrontierReason reason, RoleBasis basis, PageKind pageKind, CancellationToken cancellationToken) =>
        _frontier.GetGroupDecisionsAsync(crawlId, template, reason, basis, pageKind, cancellationToken);

    public Task<int> RedecideAsync(long crawlId, IReadOnlyList<long> entryIds, int priority, CancellationToken cancellationToken) =>
        _frontier.RedecideAsync(crawlId, entryIds, priority, cancellationToken);

    public Task<int> RequeueDeferredAsync(long crawlId, CancellationToken cancellationToken) =>
        _frontier.RequeueDeferredAsync(crawlId, cancellationToken);

    public Task<FrontierCounts> CountFrontierAsync(long crawlId, CancellationToken cancellationToken) =>
        _frontier.CountFrontierAsync(crawlId, cancellationToken);

    public Task<int> ResolveListingLinksAsync(long crawlId, long retailerId, CancellationToken cancellationToken) =>
        _frontier.ResolveListingLinksAsync(crawlId, retailerId, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> GetCategoryAliasesAsync(long crawlId, CancellationToken cancellationToken) =>
        _frontier.GetCategoryAliasesAsync(crawlId, cancellationToken);

    public Task<IReadOnlyList<(string Url, string? Error)>> GetFailedAsync(long crawlId, CancellationToken cancellationToken) =>
        _frontier.GetFailedAsync(crawlId, cancellationToken);

    public Task<CoverageEvidence> GetCoverageEvidenceAsync(long crawlId, CancellationToken cancellationToken) =>
        _frontier.GetCoverageEvidenceAsync(crawlId, cancellationToken);

    public Task<IReadOnlyList<FrontierExplanation>> ExplainAsync(long retailerId, string urlKey, CancellationToken cancellationToken) =>
        _frontier.ExplainAsync(retailerId, urlKey, cancellationToken);
}
