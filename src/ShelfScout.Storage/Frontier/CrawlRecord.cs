namespace ShelfScout.Storage.Frontier;

/// <summary>One crawl of a retailer: a frontier that survives the runs working on it.</summary>
public sealed record CrawlRecord(long Id, long RetailerId, CrawlStatus Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt);
