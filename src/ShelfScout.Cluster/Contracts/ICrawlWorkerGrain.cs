namespace ShelfScout.Cluster.Contracts;

/// <summary>One silo's crawl worker, keyed by the silo's address and placed on that silo (<see cref="Placement.SiloPinnedPlacementAttribute"/>).</summary>
public interface ICrawlWorkerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Starts this silo's share of a retailer's run: a run of the orchestrator that claims from the shared frontier.
    /// Without <paramref name="crawl"/> it is the round's lead, which opens (or resumes) the retailer's crawl; with it,
    /// a follower that joins that crawl only. False when nothing was started: the crawl is complete, was replaced or
    /// has no work left (a follower never opens a crawl of its own), or the silo is stopping.
    /// </summary>
    Task<bool> JoinAsync(string retailer, int round, ClusterSubmission submission, RoundCrawl? crawl);

    /// <summary>Cancels this silo's share of the retailer's run, if any.</summary>
    Task LeaveAsync(string retailer);

    /// <summary>
    /// Whether this silo has a share of the retailer's round <paramref name="round"/>: running, or ended with its report
    /// to the retailer grain still on its way. The grain's watchdog drops a silo that has none.
    /// </summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<bool> HasShareAsync(string retailer, int round);
}
