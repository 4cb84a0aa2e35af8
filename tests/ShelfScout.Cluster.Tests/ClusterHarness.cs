using Orleans.TestingHost;
using ShelfScout.Storage.Hosting;
using ShelfScout.Testing;

namespace ShelfScout.Cluster.Tests;

/// <summary>
/// Three (or N) in-process silos over one real database in a temp folder. The database is created and migrated before
/// the silos start, so no two silos race to create the schema.
/// </summary>
public sealed class ClusterHarness : IAsyncDisposable
{
    private readonly TempDirectory _directory;

    private ClusterHarness(TempDirectory directory, TestCluster cluster, string database)
    {
        _directory = directory;
        Cluster = cluster;
        Database = database;
    }

    public TestCluster Cluster { get; }

    public string Database { get; }

    public static async Task<ClusterHarness> StartAsync(int silos, int hostConcurrency, CancellationToken cancellationToken)
    {
        var directory = new TempDirectory();
        var database = directory.DatabasePath();
        await using (await ShelfStoreFactory.OpenAsync(database, TimeProvider.System, cancellationToken))
        {
            // created and migrated
        }

        var builder = new TestClusterBuilder((short)silos);
        builder.Properties[ClusterSiloConfigurator.StoreKind] = "sqlite";
        builder.Properties[ClusterSiloConfigurator.Database] = database;
        builder.Properties[ClusterSiloConfigurator.LeaseMilliseconds] = "2000";
        builder.Properties[ClusterSiloConfigurator.HostConcurrency] = hostConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture);
        builder.AddSiloBuilderConfigurator<ClusterSiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync(cancellationToken);
        return new ClusterHarness(directory, cluster, database);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        _directory.Dispose();
    }
}
