using ShelfScout.Agents.Crawling;
using ShelfScout.Agents.Running;
using ShelfScout.Fetching;
using ShelfScout.Storage;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents;

/// <summary>What an agent gets for one run: the retailer, the shared store, the fetcher, limits, and where to report.</summary>
public sealed record AgentContext(
    RetailerRecord Retailer,
    Uri StartUrl,
    long RunId,
    DateTimeOffset RunStartedAt,
    IShelfStore Store,
    IPageFetcher Fetcher,
    RunRecorder Recorder,
    AgentLimits Limits,
    TimeProvider TimeProvider)
{
    /// <summary>The crawl the categories and products stages work on (null when neither runs).</summary>
    public CrawlSession? Crawl { get; init; }
}
