namespace ShelfScout.Cluster.Hosting;

/// <summary>The cluster's tunables; every silo of a cluster should use the same ones.</summary>
public sealed record ClusterCrawlOptions
{
    /// <summary>
    /// How long a silo's claimed frontier entries stay its own. A dead silo's work is taken over when this runs out,
    /// so it bounds the takeover time; it must outlast one page's fetch and handling. Default 10 s.
    /// </summary>
    public TimeSpan FrontierLease { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests in flight to one host across the whole cluster (default 2, as <c>--per-host-concurrency</c>).</summary>
    public int HostConcurrency { get; init; } = 2;

    /// <summary>Minimum gap between two request starts to one host across the cluster (default 500 ms, as <c>--delay-ms</c>).</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a slot's database lease lasts: longer than a request (connect, body, retries' single attempt). Default 2 min.</summary>
    public TimeSpan SlotLease { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the host grain keeps a slot request waiting before answering "ask again": below Orleans' 30 s call timeout.</summary>
    public TimeSpan HostWaitLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait before asking again when the database refused a slot the grain granted (a duplicate activation's holder still has it).</summary>
    public TimeSpan FencedSlotRetry { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often a running retailer grain checks that the silos it waits for are still members.</summary>
    public TimeSpan WatchdogInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Fetch settings of each silo's fetcher (retries, timeouts, robots); per-host limits come from the fields above.</summary>
    public Fetching.FetchOptions Fetch { get; init; } = new();
}
