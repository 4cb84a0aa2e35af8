using System.Globalization;
using Orleans.TestingHost;
using ShelfScout.Cluster.Hosting.OrleansDatabase;
using ShelfScout.Storage.Hosting;
using ShelfScout.Testing;
using ShelfScout.Testing.Postgres;

namespace ShelfScout.Cluster.Tests;

/// <summary>
/// Three (or N) in-process silos whose membership, grain state and reminders are in a fresh database on the real
/// PostgreSQL test server, sharing one ShelfScout store (an SQLite file today: the store is opened through
/// <see cref="ShelfStoreFactory"/> from <see cref="Database"/>, so a PostgreSQL store is a matter of that string). The
/// store is created and migrated and the Orleans schema applied before the silos start, so no two silos race.
/// </summary>
public sealed class ClusterHarness : IAsyncDisposable
{
    /// <summary>The service id of every test cluster: the one <c>shelfscout-cluster silo</c> uses, so a silo process can join.</summary>
    public const string ServiceId = "shelfscout";

    private readonly TempDirectory _directory;

    private ClusterHarness(TempDirectory directory, TestCluster cluster, string database, PostgresDatabase orleans)
    {
        _directory = directory;
        Cluster = cluster;
        Database = database;
        Orleans = orleans;
    }

    public TestCluster Cluster { get; }

    /// <summary>The ShelfScout store every silo shares (what <c>--db</c> takes).</summary>
    public string Database { get; }

    /// <summary>The Orleans database (what <c>--orleans-db</c> takes).</summary>
    public PostgresDatabase Orleans { get; }

    public static async Task<ClusterHarness> StartAsync(int silos, int hostConcurrency, CancellationToken cancellationToken, TimeSpan? frontierLease = null, bool tcp = false)
    {
        var directory = new TempDirectory();
        var database = directory.DatabasePath();
        await using (await ShelfStoreFactory.OpenAsync(database, TimeProvider.System, cancellationToken))
        {
            // created and migrated
        }

        var orleans = await PostgresDatabase.CreateAsync(cancellationToken);
        await OrleansSchema.ApplyAsync(orleans.ConnectionString, cancellationToken);

        var builder = new TestClusterBuilder((short)silos);
        builder.Options.ServiceId = ServiceId;
        builder.Options.UseTestClusterMembership = false;
        if (tcp)
        {
            // Real sockets, so that a silo in another process (SiloProcess) can join; in-memory transport otherwise.
            builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        }

        builder.Properties[ClusterSiloConfigurator.StoreKind] = "sqlite";
        builder.Properties[ClusterSiloConfigurator.Database] = database;
        builder.Properties[ClusterSiloConfigurator.OrleansDatabase] = orleans.ConnectionString;
        builder.Properties[ClusterSiloConfigurator.LeaseMilliseconds] = ((int)(frontierLease ?? TimeSpan.FromSeconds(2)).TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        builder.Properties[ClusterSiloConfigurator.HostConcurrency] = hostConcurrency.ToString(CultureInfo.InvariantCulture);
        builder.AddSiloBuilderConfigurator<ClusterSiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClusterSiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync(cancellationToken);
        return new ClusterHarness(directory, cluster, database, orleans);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Orleans.DisposeAsync();
        _directory.Dispose();
    }
}
