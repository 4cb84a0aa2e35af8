namespace ShelfScout.Cluster.Hosting;

/// <summary>Opens the database every silo of a cluster shares (SQLite today, PostgreSQL when its store lands).</summary>
public interface IClusterStoreOpener
{
    Task<ClusterStores> OpenAsync(CancellationToken cancellationToken);
}
