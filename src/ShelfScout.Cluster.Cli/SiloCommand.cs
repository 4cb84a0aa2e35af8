using System.CommandLine;
using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using ShelfScout.Cluster.Hosting;
using ShelfScout.Cluster.Hosting.OrleansDatabase;
using ShelfScout.Storage;
using ShelfScout.Storage.Hosting;

namespace ShelfScout.Cluster.Cli;

/// <summary>
/// <c>silo</c>: runs one silo until Ctrl+C/SIGTERM. With <c>--orleans-db</c>, membership, grain state and reminders are
/// in that PostgreSQL database (silos on any machines that reach it); without it, localhost clustering and in-memory
/// state (one machine, the schedule lost when the silos stop).
/// </summary>
internal static class SiloCommand
{
    public static Command Create()
    {
        var clusterId = new Option<string>("--cluster-id") { Description = "Cluster id; every silo and client of a cluster uses the same.", DefaultValueFactory = _ => "shelfscout" };
        var siloPort = new Option<int>("--silo-port") { Description = "Port for silo-to-silo traffic.", DefaultValueFactory = _ => 11111 };
        var gatewayPort = new Option<int>("--gateway-port") { Description = "Port clients connect to.", DefaultValueFactory = _ => 30000 };
        var primaryPort = new Option<int>("--primary-port") { Description = "Silo port of the primary silo (the first one started).", DefaultValueFactory = _ => 11111 };
        var db = new Option<string>("--db") { Description = "The ShelfScout database every silo shares: an SQLite file (silos on one machine) or a PostgreSQL URL or connection string.", DefaultValueFactory = _ => "./shelfscout.db" };
        var lease = new Option<int>("--frontier-lease-s") { Description = "Seconds a silo's claimed pages stay its own (the takeover time after a silo dies).", DefaultValueFactory = _ => 10 };
        var perHost = new Option<int>("--per-host-concurrency") { Description = "Requests in flight to one host across the cluster.", DefaultValueFactory = _ => 2 };
        var delay = new Option<int>("--delay-ms") { Description = "Gap between request starts to one host across the cluster.", DefaultValueFactory = _ => 500 };
        var slotLease = new Option<int>("--slot-lease-s") { Description = "Seconds a host slot's database lease lasts: longer than one request; a killed silo's slots free up after it.", DefaultValueFactory = _ => 120 };
        var orleansDb = OrleansDbOption.Create();
        var advertise = new Option<string>("--advertise") { Description = "Address other silos reach this one at (with --orleans-db).", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("silo", "Start a silo of a ShelfScout cluster (runs until Ctrl+C or SIGTERM).") { clusterId, siloPort, gatewayPort, primaryPort, db, lease, perHost, delay, slotLease, orleansDb, advertise };
        command.SetAction(async (result, cancellationToken) =>
        {
            var ports = new[] { result.GetValue(siloPort), result.GetValue(gatewayPort), result.GetValue(primaryPort) };
            if (ports.Any(p => p is < 1 or > 65535))
            {
                throw new ClusterCliException("ports must be between 1 and 65535", ExitCodes.Usage);
            }

            if (result.GetValue(lease) < 1 || result.GetValue(perHost) < 1 || result.GetValue(delay) < 0 || result.GetValue(slotLease) < 1)
            {
                throw new ClusterCliException("--frontier-lease-s, --slot-lease-s and --per-host-concurrency must be at least 1, --delay-ms at least 0", ExitCodes.Usage);
            }

            var path = result.GetValue(db)!;
            try
            {
                // Created and migrated once here, so silos started together never race to create the schema.
                await using var check = await ShelfStoreFactory.OpenAsync(path, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            }
            catch (StoreUnavailableException ex)
            {
                throw new ClusterCliException(ex.Message, ExitCodes.Database);
            }

            var opener = new ClusterStoreOpener(async ct =>
            {
                var store = await ShelfStoreFactory.OpenAsync(path, TimeProvider.System, ct).ConfigureAwait(false);
                return new ClusterStores(store, ShelfStoreFactory.HostSlots(store));
            });
            var options = new ClusterCrawlOptions
            {
                FrontierLease = TimeSpan.FromSeconds(result.GetValue(lease)),
                HostConcurrency = result.GetValue(perHost),
                HostDelay = TimeSpan.FromMilliseconds(result.GetValue(delay)),
                SlotLease = TimeSpan.FromSeconds(result.GetValue(slotLease)),
                WatchdogInterval = TimeSpan.FromSeconds(Math.Max(1, result.GetValue(lease) / 2)),
            };
            var orleans = await OrleansDbOption.OpenAsync(result.GetValue(orleansDb), cancellationToken).ConfigureAwait(false);
            if (!IPAddress.TryParse(result.GetValue(advertise), out var address))
            {
                throw new ClusterCliException($"--advertise is not an IP address: {result.GetValue(advertise)}", ExitCodes.Usage);
            }

            var builder = Host.CreateApplicationBuilder();
            builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("ShelfScout", LogLevel.Information);
            builder.UseOrleans(silo =>
            {
                if (orleans is null)
                {
                    silo.UseLocalhostClustering(ports[0], ports[1], new IPEndPoint(IPAddress.Loopback, ports[2]), serviceId: "shelfscout", clusterId: result.GetValue(clusterId)!)
                        .UseShelfScoutInMemoryState();
                }
                else
                {
                    silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (result.GetValue(clusterId)!, "shelfscout"))
                        .ConfigureEndpoints(address, ports[0], ports[1], listenOnAnyHostAddress: false)
                        .UseShelfScoutOrleansDatabase(orleans);
                }

                silo.AddShelfScout(opener, options);
            });
            using var host = builder.Build();
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
