using ShelfScout.Cluster.Contracts;

namespace ShelfScout.Cluster.Retailers;

/// <summary>A retailer's schedule as its grain persists it (grain storage <c>shelfscout</c>, PostgreSQL on a real cluster).</summary>
[GenerateSerializer]
internal sealed class RetailerScheduleState
{
    [Id(0)] public ClusterSchedule? Schedule { get; set; }

    /// <summary>When the schedule was set: the anchor of an <c>every</c> schedule.</summary>
    [Id(1)] public DateTimeOffset SetAt { get; set; }

    [Id(2)] public DateTimeOffset? NextDue { get; set; }

    [Id(3)] public int Fired { get; set; }

    [Id(4)] public int Skipped { get; set; }

    [Id(5)] public DateTimeOffset? LastFired { get; set; }

    [Id(6)] public string? LastFiredOn { get; set; }
}
