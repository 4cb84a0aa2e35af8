namespace ShelfScout.Storage.Frontier;

/// <summary>What the crawl made of one URL: why it was queued, what the page was taken for and why (for <c>shelfscout explain</c>).</summary>
/// <param name="Url">The URL as queued.</param>
/// <param name="UrlKey">Its canonical key.</param>
/// <param name="CrawlId">The crawl it belongs to.</param>
/// <param name="Reason">Why it was queued (the link that led to it).</param>
/// <param name="ContextKey">The category it was found in, if any.</param>
/// <param name="Label">The link text it was found under (or the pager's fingerprint).</param>
/// <param name="Depth">Links from the start page.</param>
/// <param name="State">Where its work stands.</param>
/// <param name="PageKind">What the page was taken for, once read.</param>
/// <param name="Note">Why it was taken for that.</param>
/// <param name="Error">The last error, when it failed.</param>
/// <param name="Attempts">Claims so far.</param>
/// <param name="ResultId">The product or category stored from it.</param>
/// <param name="ResultName">That product's or category's name.</param>
public sealed record FrontierExplanation(
    string Url,
    string UrlKey,
    long CrawlId,
    FrontierReason Reason,
    string? ContextKey,
    string? Label,
    int Depth,
    FrontierState State,
    string? PageKind,
    string? Note,
    string? Error,
    int Attempts,
    long? ResultId,
    string? ResultName)
{
    /// <summary>The page's template group.</summary>
    public string? Template { get; init; }

    /// <summary>The page's own evidence for its role, in words.</summary>
    public string? Evidence { get; init; }

    /// <summary>What decided the page's role.</summary>
    public RoleBasis? Role { get; init; }

    /// <summary>What the listing said its category holds.</summary>
    public ListingExpectation? Expected { get; init; }

    /// <summary>The categories (by key) whose listings carry a card for it.</summary>
    public IReadOnlyList<string> ListedIn { get; init; } = [];
}
