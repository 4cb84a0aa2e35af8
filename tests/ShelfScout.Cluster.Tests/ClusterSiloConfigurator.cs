using System.Globalization;
using Orleans.TestingHost;
using ShelfScout.Cluster.Hosting;
using ShelfScout.Storage.Hosting;

namespace ShelfScout.Cluster.Tests;

/// <summary>
/// Configures each test silo from the cluster's properties: the shared database and the tunables. The store kind is a
/// property so that a PostgreSQL opener can be added beside SQLite and the same tests run on it.
/// </summary>
public sealed class ClusterSiloConfigurator : ISiloConfigurator
{
    public const string StoreKind = "ShelfScout:StoreKind";
    public const string Database = "ShelfScout:Database";
    public const string LeaseMilliseconds = "ShelfScout:FrontierLeaseMs";
    public const string HostConcurrency = "ShelfScout:HostConcurrency";

    public void Configure(ISiloBuilder siloBuilder)
    {
        var config = siloBuilder.Configuration;
        var database = config[Database] ?? throw new InvalidOperationException("No database configured for the test cluster.");
        var opener = config[StoreKind] switch
        {
            "sqlite" => new ClusterStoreOpener(async ct =>
            {
                var store = await ShelfStoreFactory.OpenAsync(database, TimeProvider.System, ct).ConfigureAwait(false);
                return new ClusterStores(store, ShelfStoreFactory.HostSlots(store));
            }),
            var other => throw new InvalidOperationException($"Unknown store kind '{other}'."),
        };
        var lease = TimeSpan.FromMilliseconds(int.Parse(config[LeaseMilliseconds] ?? "2000", CultureInfo.InvariantCulture));
        siloBuilder.AddShelfScout(opener, new ClusterCrawlOptions
        {
            FrontierLease = lease,
            HostConcurrency = int.Parse(config[HostConcurrency] ?? "2", CultureInfo.InvariantCulture),
            HostDelay = TimeSpan.Zero,
            SlotLease = TimeSpan.FromSeconds(30),
            WatchdogInterval = lease,
            Fetch = new Fetching.FetchOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(100), RequestTimeout = TimeSpan.FromSeconds(20) },
        });
    }
}
