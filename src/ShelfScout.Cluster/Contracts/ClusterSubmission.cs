namespace ShelfScout.Cluster.Contracts;

/// <summary>A crawl asked of the cluster: the store's start URL and what each silo's share of the run may do.</summary>
[GenerateSerializer, Immutable]
public sealed record ClusterSubmission
{
    [Id(0)] public required string Url { get; init; }

    [Id(1)] public string? RetailerName { get; init; }

    /// <summary>Frontier entries each silo works on at once.</summary>
    [Id(2)] public int Concurrency { get; init; } = 4;

    [Id(3)] public int? MaxCategories { get; init; }

    [Id(4)] public int? MaxProductsPerCategory { get; init; }
}
