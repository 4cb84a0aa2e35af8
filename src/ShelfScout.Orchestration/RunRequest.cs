using ShelfScout.Agents;
using ShelfScout.Domain.Runs;

namespace ShelfScout.Orchestration;

/// <summary>What one run should do for one retailer.</summary>
public sealed record RunRequest
{
    /// <summary>The store's home page.</summary>
    public required Uri Url { get; init; }

    /// <summary>The retailer's name; defaults to the host (with port and path prefix when not the default). A store already known (same origin and path) is that retailer whatever the name; a known name with another store's URL is an error.</summary>
    public string? RetailerName { get; init; }

    /// <summary>An existing retailer's id; when set it must exist.</summary>
    public long? RetailerId { get; init; }

    public bool Categories { get; init; } = true;

    public bool Products { get; init; } = true;

    public bool Prices { get; init; } = true;

    public bool Reviews { get; init; } = true;

    /// <summary>Parallel: items within a stage run concurrently and the prices and reviews stages overlap. Sequential: one thing at a time.</summary>
    public bool Parallel { get; init; } = true;

    /// <summary>Re-run stages whose data already exists (by default a known retailer's categories, products and reviews are kept and only prices refreshed).</summary>
    public bool Refresh { get; init; }

    public AgentLimits Limits { get; init; } = new();

    /// <summary>
    /// This run is one silo's share of a cluster run: the cluster's retailer grain is the one holder of the retailer and
    /// starts a share on every silo, so the per-run retailer lock (which keeps a second run out) is not taken. The
    /// shares split the crawl through the frontier's leases.
    /// </summary>
    public bool ClusterShare { get; init; }

    /// <summary>
    /// Join only this crawl (of the retailer <see cref="RetailerId"/>, which must be set): when it is no longer joinable (a
    /// newer crawl replaced it, it is complete, or no work is left in its frontier) the run ends at once with status
    /// <see cref="RunStatus.NotJoined"/>, opening no crawl and storing nothing; an ordinary run would start a new crawl.
    /// A cluster's follower shares run this way.
    /// </summary>
    public long? JoinCrawlId { get; init; }
}
