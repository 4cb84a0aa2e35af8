namespace ShelfScout.Cluster.Contracts;

/// <summary>Where a retailer's cluster run stands.</summary>
public enum ClusterRunState
{
    /// <summary>Nothing submitted since the grain was activated.</summary>
    Idle,
    Running,
    Completed,
    Stopped,
    Failed,
}
