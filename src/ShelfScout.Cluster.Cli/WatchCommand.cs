using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ShelfScout.Cluster.Contracts;
using ShelfScout.Domain.Sites;
using ShelfScout.Scheduling.Config;
using ShelfScout.Scheduling.Schedules;

namespace ShelfScout.Cluster.Cli;

/// <summary>
/// <c>watch --config FILE</c>: hands a watch file's schedules to the cluster. Each retailer's grain keeps its schedule
/// (grain state) and a reminder, so the cluster runs it from then on, one run per due time cluster-wide, with no
/// process of this command left running; <c>--remove</c> takes the file's retailers off the schedule. This is
/// <c>shelfscout watch</c> for a cluster: that one is a timer in one process, and the native <c>shelfscout</c> cannot
/// host an Orleans client (Orleans is not AOT-safe).
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var config = new Option<string>("--config") { Description = "The watch file (JSON or YAML; docs/watch.md); every retailer needs a schedule.", Required = true };
        var clusterId = new Option<string>("--cluster-id") { Description = "Cluster id.", DefaultValueFactory = _ => "shelfscout" };
        var gateway = new Option<int>("--gateway-port") { Description = "Gateway port of a silo (localhost clustering).", DefaultValueFactory = _ => 30000 };
        var orleansDb = OrleansDbOption.Create();
        var remove = new Option<bool>("--remove") { Description = "Remove the file's retailers' schedules instead." };
        var command = new Command("watch", "Give a watch file's schedules to the cluster (reminders run them; this command then exits).") { config, clusterId, gateway, orleansDb, remove };
        command.SetAction(async (result, cancellationToken) =>
        {
            WatchConfig watch;
            try
            {
                watch = await WatchConfigLoader.LoadAsync(result.GetValue(config)!, requireSchedules: !result.GetValue(remove), cancellationToken).ConfigureAwait(false);
            }
            catch (ConfigException ex)
            {
                throw new ClusterCliException(ex.Message, ExitCodes.Usage);
            }

            using var host = await ClientCommand.ConnectAsync(result.GetValue(clusterId)!, result.GetValue(gateway), result.GetValue(orleansDb), cancellationToken).ConfigureAwait(false);
            var client = host.Services.GetRequiredService<IClusterClient>();
            foreach (var retailer in watch.Retailers)
            {
                var grain = client.GetGrain<IRetailerGrain>(SiteIdentity.RetailerKey(retailer.Request.Url));
                var status = result.GetValue(remove)
                    ? await grain.UnscheduleAsync().WaitAsync(cancellationToken).ConfigureAwait(false)
                    : await grain.ScheduleAsync(ToClusterSchedule(retailer)).WaitAsync(cancellationToken).ConfigureAwait(false);
                await result.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(status, ClusterCliJson.Default.ClusterScheduleStatus)).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A watch file's retailer as a cluster schedule: its URL, name and limits, and its every/cron schedule.</summary>
    internal static ClusterSchedule ToClusterSchedule(RetailerConfig retailer)
    {
        var submission = new ClusterSubmission
        {
            Url = retailer.Request.Url.AbsoluteUri,
            RetailerName = retailer.Name,
            Concurrency = retailer.Request.Limits.Concurrency,
            MaxCategories = retailer.Request.Limits.MaxCategories,
            MaxProductsPerCategory = retailer.Request.Limits.MaxProductsPerCategory,
        };
        return retailer.Schedule switch
        {
            EverySchedule every => new ClusterSchedule { Submission = submission, Every = every.Interval, Offset = every.Offset },
            CronSchedule cron => new ClusterSchedule { Submission = submission, Cron = cron.Text, TimeZone = cron.Zone.Id, Offset = cron.Offset },
            _ => throw new ClusterCliException($"retailer '{retailer.Name}' has no schedule", ExitCodes.Usage),
        };
    }
}
