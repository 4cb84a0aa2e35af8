namespace ShelfScout.Cluster.Contracts;

/// <summary>What a retailer grain says of its schedule: when it is next due and how often it fired.</summary>
[GenerateSerializer, Immutable]
public sealed record ClusterScheduleStatus
{
    [Id(0)] public required string Retailer { get; init; }

    /// <summary>"every 6h", "cron '0 */6 * * *'", or null when the retailer has no schedule.</summary>
    [Id(1)] public string? Schedule { get; init; }

    [Id(2)] public DateTimeOffset? NextDue { get; init; }

    /// <summary>Due times that started a run.</summary>
    [Id(3)] public int Fired { get; init; }

    /// <summary>Due times that found the retailer's previous run still going (a retailer never runs twice at once).</summary>
    [Id(4)] public int Skipped { get; init; }

    [Id(5)] public DateTimeOffset? LastFired { get; init; }

    /// <summary>The silo the reminder fired on last.</summary>
    [Id(6)] public string? LastFiredOn { get; init; }
}
