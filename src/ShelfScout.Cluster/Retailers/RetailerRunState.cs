using ShelfScout.Cluster.Contracts;

namespace ShelfScout.Cluster.Retailers;

/// <summary>
/// A retailer's run as its grain persists it (grain storage <c>shelfscout</c>, PostgreSQL on a real cluster), written on
/// every change: the grain's next activation, on any silo, carries on from here after the silo it lived on died.
/// </summary>
[GenerateSerializer]
internal sealed class RetailerRunState
{
    [Id(0)] public ClusterSubmission? Submission { get; set; }

    [Id(1)] public ClusterRunState State { get; set; } = ClusterRunState.Idle;

    [Id(2)] public int Round { get; set; }

    /// <summary>The round's crawl, once it is open and seeded (the lead said so, or a later round found it unfinished): followers join it only.</summary>
    [Id(3)] public RoundCrawl? Crawl { get; set; }

    /// <summary>Silos whose share of the round is running (as far as the grain was told). Sets compare ordinally (the default for strings).</summary>
    [Id(4)] public HashSet<string> Active { get; set; } = [];

    /// <summary>Silos waiting for the round's lead to seed the crawl before they join it.</summary>
    [Id(5)] public List<string> Followers { get; set; } = [];

    /// <summary>Silos given a share of the round (running or ended), so the watchdog joins each silo once a round.</summary>
    [Id(6)] public HashSet<string> Joined { get; set; } = [];

    [Id(7)] public int WorkerRuns { get; set; }

    [Id(8)] public string? Error { get; set; }

    [Id(9)] public DateTimeOffset? StartedAt { get; set; }

    [Id(10)] public DateTimeOffset? EndedAt { get; set; }
}
