using ShelfScout.Domain.Runs;

namespace ShelfScout.Storage.Dashboard;

/// <summary>A stored run: when, how it ended (<c>running</c> while in progress), its stage results and how many errors it recorded.</summary>
public sealed record RunRecord(
    long Id,
    long RetailerId,
    string RetailerName,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string Status,
    IReadOnlyList<StageResult> Stages,
    int ErrorCount)
{
    public bool InProgress => FinishedAt is null && string.Equals(Status, "running", StringComparison.OrdinalIgnoreCase);

    /// <summary>Wall time: until it finished, or until <paramref name="now"/> while it runs.</summary>
    public TimeSpan Duration(DateTimeOffset now) => (FinishedAt ?? now) - StartedAt;
}
