namespace ShelfScout.Cluster.Contracts;

/// <summary>What a retailer grain reports about its run: state, the silos working, the frontier's counts.</summary>
[GenerateSerializer, Immutable]
public sealed record ClusterRunStatus
{
    [Id(0)] public required string Retailer { get; init; }

    [Id(1)] public ClusterRunState State { get; init; }

    [Id(2)] public string? Url { get; init; }

    /// <summary>Rounds of joins: the first, and one more each time work was left (a silo died) after every silo finished.</summary>
    [Id(3)] public int Rounds { get; init; }

    /// <summary>Silos whose share of the current round is still running.</summary>
    [Id(4)] public IReadOnlyList<string> ActiveSilos { get; init; } = [];

    /// <summary>Runs (rows in the runs table) the cluster started for this crawl, one per silo and round.</summary>
    [Id(5)] public int WorkerRuns { get; init; }

    [Id(6)] public int Queued { get; init; }

    [Id(7)] public int InProgress { get; init; }

    [Id(8)] public int Done { get; init; }

    [Id(9)] public int Failed { get; init; }

    [Id(10)] public string? Error { get; init; }

    /// <summary>The silo the retailer grain is active on now (it moves when that silo dies: the run carries on from its persisted state).</summary>
    [Id(11)] public string? Silo { get; init; }

    /// <summary>When the retailer grain started the run (its silo's clock); null before the first submission.</summary>
    [Id(12)] public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When the run completed, failed or was stopped; null while it runs.</summary>
    [Id(13)] public DateTimeOffset? EndedAt { get; init; }
}
