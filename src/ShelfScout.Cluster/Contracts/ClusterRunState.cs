namespace ShelfScout.Cluster.Contracts;

/// <summary>Where a retailer's cluster run stands.</summary>
public enum ClusterRunState
{
    /// <summary>Nothing submitted yet (the run state is persisted, so this holds across activations).</summary>
    Idle,
    Running,
    Completed,
    Stopped,
    Failed,
}
