namespace ShelfScout.Cluster.Contracts;

/// <summary>One silo's crawl worker, keyed by the silo's address and placed on that silo (<see cref="Placement.SiloPinnedPlacementAttribute"/>).</summary>
public interface ICrawlWorkerGrain : IGrainWithStringKey
{
    /// <summary>Starts this silo's share of a retailer's run: a run of the orchestrator that claims from the shared frontier.</summary>
    Task JoinAsync(string retailer, int round, ClusterSubmission submission, bool lead);

    /// <summary>Cancels this silo's share of the retailer's run, if any.</summary>
    Task LeaveAsync(string retailer);
}
