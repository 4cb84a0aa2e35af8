using System.Globalization;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.TestingHost;
using ShelfScout.Cluster.Hosting;
using ShelfScout.Cluster.Hosting.OrleansDatabase;
using ShelfScout.Storage.Hosting;

namespace ShelfScout.Cluster.Tests;

/// <summary>
/// Configures each test silo (and the test client) from the cluster's properties: Orleans on the PostgreSQL database,
/// the shared ShelfScout store and the tunables. Membership is tuned to notice a killed silo within a few seconds.
/// </summary>
public sealed class ClusterSiloConfigurator : ISiloConfigurator, IClientBuilderConfigurator
{
    public const string StoreKind = "ShelfScout:StoreKind";
    public const string Database = "ShelfScout:Database";
    public const string OrleansDatabase = "ShelfScout:OrleansDatabase";
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
        siloBuilder
            .UseShelfScoutOrleansDatabase(config[OrleansDatabase] ?? throw new InvalidOperationException("No Orleans database configured."), minimumReminderPeriod: TimeSpan.FromSeconds(1))
            .Configure<ClusterMembershipOptions>(FastDeathDetection)
            .AddShelfScout(opener, new ClusterCrawlOptions
            {
                FrontierLease = lease,
                HostConcurrency = int.Parse(config[HostConcurrency] ?? "2", CultureInfo.InvariantCulture),
                HostDelay = TimeSpan.Zero,
                SlotLease = TimeSpan.FromSeconds(30),
                WatchdogInterval = lease,
                Fetch = new Fetching.FetchOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(100), RequestTimeout = TimeSpan.FromSeconds(20) },
            });
    }

    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.UseShelfScoutOrleansDatabase(configuration[OrleansDatabase] ?? throw new InvalidOperationException("No Orleans database configured."));

    /// <summary>A silo that stops answering probes is declared dead after about two seconds (the defaults take tens of seconds).</summary>
    internal static void FastDeathDetection(ClusterMembershipOptions options)
    {
        options.ProbeTimeout = TimeSpan.FromSeconds(1);
        options.NumMissedProbesLimit = 2;
        options.NumProbedSilos = 2;
        options.NumVotesForDeathDeclaration = 1;
        options.TableRefreshTimeout = TimeSpan.FromSeconds(1);
        options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
    }
}
