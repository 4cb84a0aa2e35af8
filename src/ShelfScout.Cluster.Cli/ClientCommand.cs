using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShelfScout.Cluster.Contracts;
using ShelfScout.Cluster.Hosting.OrleansDatabase;
using ShelfScout.Domain.Sites;

namespace ShelfScout.Cluster.Cli;

/// <summary><c>cluster submit|status|stop</c>: a client of a running cluster, one retailer (by its start URL) at a time.</summary>
internal static class ClientCommand
{
    public static Command Create()
    {
        var command = new Command("cluster", "Drive a running cluster: submit a crawl, show its status, stop it.");
        command.Subcommands.Add(Verb("submit", "Start a crawl of the store spread over every silo.", submit: true));
        command.Subcommands.Add(Verb("status", "Show the retailer's run on the cluster.", submit: false));
        command.Subcommands.Add(Verb("stop", "Cancel the retailer's run on every silo (what was stored stays).", submit: false));
        return command;
    }

    private static Command Verb(string name, string description, bool submit)
    {
        var url = new Option<string>("--url") { Description = "The store's start URL (names the retailer).", Required = true };
        var clusterId = new Option<string>("--cluster-id") { Description = "Cluster id.", DefaultValueFactory = _ => "shelfscout" };
        var gateway = new Option<int>("--gateway-port") { Description = "Gateway port of a silo.", DefaultValueFactory = _ => 30000 };
        var wait = new Option<bool>("--wait") { Description = "Wait until the run ends; exit 1 unless it completed." };
        var orleansDb = OrleansDbOption.Create();
        var command = new Command(name, description) { url, clusterId, gateway, wait, orleansDb };
        Option<string>? retailerName = null;
        Option<int>? concurrency = null;
        if (submit)
        {
            retailerName = new Option<string>("--retailer-name") { Description = "The retailer's name (default: the host)." };
            concurrency = new Option<int>("--concurrency") { Description = "Pages each silo works on at once.", DefaultValueFactory = _ => 2 };
            command.Options.Add(retailerName);
            command.Options.Add(concurrency);
        }

        command.SetAction(async (result, cancellationToken) =>
        {
            var text = result.GetValue(url)!;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var start) || start.Scheme is not ("http" or "https"))
            {
                throw new ClusterCliException($"not an http(s) URL: {text}", ExitCodes.Usage);
            }

            if (concurrency is not null && result.GetValue(concurrency) < 1)
            {
                throw new ClusterCliException("--concurrency must be at least 1", ExitCodes.Usage);
            }

            using var host = await ConnectAsync(result.GetValue(clusterId)!, result.GetValue(gateway), result.GetValue(orleansDb), cancellationToken).ConfigureAwait(false);
            var grain = host.Services.GetRequiredService<IClusterClient>().GetGrain<IRetailerGrain>(SiteIdentity.RetailerKey(start));
            var status = name switch
            {
                "submit" => await grain.SubmitAsync(new ClusterSubmission
                {
                    Url = start.AbsoluteUri,
                    RetailerName = result.GetValue(retailerName!),
                    Concurrency = result.GetValue(concurrency!),
                }).WaitAsync(cancellationToken).ConfigureAwait(false),
                "stop" => await grain.StopAsync().WaitAsync(cancellationToken).ConfigureAwait(false),
                _ => await grain.GetStatusAsync().WaitAsync(cancellationToken).ConfigureAwait(false),
            };
            while (result.GetValue(wait) && status.State == ClusterRunState.Running)
            {
                status = await grain.WaitAsync(TimeSpan.FromSeconds(10)).WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            await result.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(status, ClusterCliJson.Default.ClusterRunStatus)).ConfigureAwait(false);
            return result.GetValue(wait) && status.State != ClusterRunState.Completed ? ExitCodes.FailedRun : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A started client of the cluster: found through the Orleans database when given, else at a localhost gateway port.</summary>
    public static async Task<IHost> ConnectAsync(string clusterId, int gatewayPort, string? orleansDb, CancellationToken cancellationToken)
    {
        if (gatewayPort is < 1 or > 65535)
        {
            throw new ClusterCliException("--gateway-port must be between 1 and 65535", ExitCodes.Usage);
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        var orleans = await OrleansDbOption.OpenAsync(orleansDb, cancellationToken).ConfigureAwait(false);
        builder.UseOrleansClient(client =>
        {
            if (orleans is null)
            {
                client.UseLocalhostClustering(gatewayPort, serviceId: "shelfscout", clusterId: clusterId);
            }
            else
            {
                client.Configure<Orleans.Configuration.ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, "shelfscout"))
                    .UseShelfScoutOrleansDatabase(orleans);
            }
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            host.Dispose();
            var where = orleans is null ? $"on 127.0.0.1:{gatewayPort}" : "through the Orleans database";
            throw new ClusterCliException($"no cluster '{clusterId}' answers {where} ({ex.GetType().Name})", ExitCodes.Unreachable);
        }
    }
}
