using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Frontier;

/// <summary>How a worker finished an entry. Completing twice (a retried write, a second worker after a lost lease) is harmless.</summary>
/// <param name="State">Done, Failed (attempt counted, error kept), Deferred (left for a run without limits) or Queued (read again later, at <see cref="Priority"/>).</param>
/// <param name="PageKind">What the page was classified as (product, listing, hub, other), when it was read.</param>
/// <param name="Note">Why the page was classified so, or why it failed.</param>
/// <param name="ResultId">The product or category stored from the page.</param>
public sealed record FrontierCompletion(FrontierState State, PageKind? PageKind, string? Note, long? ResultId)
{
    /// <summary>URLs the page led to, added in the same transaction as the completion (so a page is never done without them).</summary>
    public IReadOnlyList<FrontierSeed> Seeds { get; init; } = [];

    /// <summary>Products (by page key) the page lists, and the category (by page key) they are listed in.</summary>
    public IReadOnlyList<(string UrlKey, string CategoryKey)> Links { get; init; } = [];

    /// <summary>Products the page says its category holds (a listing's "458 products", or its last pager page times the page size).</summary>
    public ListingExpectation? Expected { get; init; }

    /// <summary>
    /// The lease owner completing the entry (see <see cref="FrontierClaim.Owner"/>). Set, the completion is dropped when
    /// another owner holds the entry now; null completes unchecked (a completion from outside a claim).
    /// </summary>
    public string? Owner { get; init; }

    /// <summary>The page's template (URL pattern and main-content shape), the group its role is decided with.</summary>
    public string? Template { get; init; }

    /// <summary>The page's own evidence for its role, in words (cards, buy controls, heading, markup, pager).</summary>
    public string? Evidence { get; init; }

    /// <summary>What decided the page's role (the evidence the crawl's per-site role decision keeps); null when none was weighed.</summary>
    public RoleBasis? Role { get; init; }

    /// <summary>The entry's new priority, for one queued again (<see cref="Postponed"/>); null keeps it.</summary>
    public int? Priority { get; init; }

    public static FrontierCompletion Done(PageKind pageKind, string? note, long? resultId = null) => new(FrontierState.Done, pageKind, note, resultId);

    public static FrontierCompletion Failed(string error) => new(FrontierState.Failed, null, error, null);

    public static FrontierCompletion Deferred(string note) => new(FrontierState.Deferred, null, note, null);

    /// <summary>Read again after the entries before <paramref name="priority"/>: its role waits for evidence from other pages.</summary>
    public static FrontierCompletion Postponed(string note, int priority) => new(FrontierState.Queued, null, note, null) { Priority = priority };
}
