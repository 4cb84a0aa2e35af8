namespace ShelfScout.Cluster.Contracts;

/// <summary>The crawl a retailer's round works on: a follower share joins this crawl and no other.</summary>
[GenerateSerializer, Immutable]
public sealed record RoundCrawl([property: Id(0)] long RetailerId, [property: Id(1)] long CrawlId);
