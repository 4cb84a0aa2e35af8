namespace ShelfScout.Storage.Frontier;

/// <summary>A URL to add to a crawl's frontier (ignored when its key is already there).</summary>
/// <param name="Url">The URL to fetch.</param>
/// <param name="UrlKey">Its canonical key: the entry's identity in the crawl.</param>
/// <param name="Reason">Why it is queued.</param>
/// <param name="Priority">Lower is claimed first.</param>
/// <param name="ContextKey">The key of the category page it was found in, if any.</param>
/// <param name="Label">The link text it was found under, or another short note for the page that handles it.</param>
/// <param name="Depth">Links followed from the start URL.</param>
/// <param name="Deferred">Queued as deferred: known, but outside this run's limits.</param>
/// <param name="SeenProductId">
/// A known product whose listing card shows it unchanged: the entry is stored <see cref="FrontierState.Seen"/> with
/// this product as its result (no fetch), and the product counts as observed now. A later seed that wants the page
/// fetched (a changed card, a newer sitemap date) turns it into a queued entry.
/// </param>
public sealed record FrontierSeed(
    string Url,
    string UrlKey,
    FrontierReason Reason,
    int Priority,
    string? ContextKey,
    string? Label,
    int Depth,
    bool Deferred = false,
    long? SeenProductId = null);
