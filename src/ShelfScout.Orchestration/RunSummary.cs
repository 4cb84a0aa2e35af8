using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Records;

namespace ShelfScout.Orchestration;

/// <summary>The result of one run: per-stage counters, every error, alerts, and what the store now holds.</summary>
public sealed record RunSummary(
    long RunId,
    RetailerRecord Retailer,
    RunStatus Status,
    DateTimeOffset StartedAt,
    TimeSpan Elapsed,
    IReadOnlyList<StageResult> Stages,
    IReadOnlyList<RunError> Errors,
    IReadOnlyList<PriceAlert> Alerts,
    CatalogCounts Totals,
    int PagesFetched)
{
    /// <summary>Pages the crawl could not fetch or read even after its final retry pass.</summary>
    public int LostPages { get; init; }

    /// <summary>How much of the store the crawl holds by its own evidence, when the run crawled products.</summary>
    public CoverageEstimate? Coverage { get; init; }

    /// <summary>True when the run continued a crawl an earlier run left unfinished.</summary>
    public bool Resumed { get; init; }
}
