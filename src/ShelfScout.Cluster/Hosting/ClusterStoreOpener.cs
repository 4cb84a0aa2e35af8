namespace ShelfScout.Cluster.Hosting;

/// <summary>An opener from a delegate: the host that knows the backend (the CLI, a test fixture) says how to open it.</summary>
public sealed class ClusterStoreOpener(Func<CancellationToken, Task<ClusterStores>> open) : IClusterStoreOpener
{
    public Task<ClusterStores> OpenAsync(CancellationToken cancellationToken) => open(cancellationToken);
}
