namespace ShelfScout.Cluster.Contracts;

/// <summary>
/// A retailer's schedule on the cluster: what to run and when, either every fixed interval (anchored when the schedule
/// was set, plus the jitter offset) or at a cron expression's occurrences (plus the offset), as a watch file says.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ClusterSchedule
{
    [Id(0)] public required ClusterSubmission Submission { get; init; }

    [Id(1)] public TimeSpan? Every { get; init; }

    [Id(2)] public string? Cron { get; init; }

    /// <summary>The cron expression's time zone (an IANA or system id); UTC when null.</summary>
    [Id(3)] public string? TimeZone { get; init; }

    /// <summary>The retailer's jitter offset: with <see cref="Every"/>, the first run is this long after the schedule is set.</summary>
    [Id(4)] public TimeSpan Offset { get; init; }
}
