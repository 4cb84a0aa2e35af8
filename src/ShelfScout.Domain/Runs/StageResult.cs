namespace ShelfScout.Domain.Runs;

/// <summary>Counters and status of one stage of a run.</summary>
/// <param name="Processed">Items the stage worked on (categories, product pages, products refreshed...).</param>
/// <param name="Succeeded">Items that succeeded.</param>
/// <param name="Failed">Items that failed (each has a <see cref="RunError"/>).</param>
/// <param name="Changed">Items that changed the store (new categories/products, changed prices, new reviews).</param>
public sealed record StageResult(
    Stage Stage,
    StageStatus Status,
    int Processed,
    int Succeeded,
    int Failed,
    int Changed,
    TimeSpan Elapsed,
    string? Note = null)
{
    /// <summary>Pages the stage could not fetch or read even after its final retry pass.</summary>
    public int LostPages { get; init; }

    /// <summary>True when the run's limits left work for a later run.</summary>
    public bool Limited { get; init; }

    /// <summary>How much of the store's catalogue the crawl holds by its own evidence (the products stage of a crawl).</summary>
    public CoverageEstimate? Coverage { get; init; }

    public static StageResult Skipped(Stage stage, string reason) =>
        new(stage, StageStatus.Skipped, 0, 0, 0, 0, TimeSpan.Zero, reason);
}
