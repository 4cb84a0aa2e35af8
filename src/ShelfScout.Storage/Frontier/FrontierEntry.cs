namespace ShelfScout.Storage.Frontier;

/// <summary>A claimed frontier entry: what a worker needs to handle the page.</summary>
public sealed record FrontierEntry(
    long Id,
    long CrawlId,
    string Url,
    string UrlKey,
    FrontierReason Reason,
    string? ContextKey,
    string? Label,
    int Depth,
    int Attempts);
