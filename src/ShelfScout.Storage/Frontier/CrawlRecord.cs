namespace ShelfScout.Storage.Frontier;

/// <summary>
/// One crawl of a retailer: a frontier that survives the runs working on it. <see cref="Recheck"/> is true when the
/// retailer's catalogue was crawled completely before: the crawl re-reads listings to keep that catalogue true
/// (new products are alerted, products that disappeared are confirmed delisted, unchanged cards need no page fetch).
/// </summary>
public sealed record CrawlRecord(long Id, long RetailerId, CrawlStatus Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt)
{
    public bool Recheck { get; init; }
}
