using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ShelfScout.Cli.Hosting;
using ShelfScout.Cli.Rendering;
using ShelfScout.Scheduling.Config;
using ShelfScout.Storage;
using ShelfScout.Scheduling.Service;

namespace ShelfScout.Cli.Commands;

/// <summary><c>shelfscout watch --config FILE</c>: run every retailer of a config file on its schedule until stopped (Ctrl+C, SIGTERM).</summary>
internal static class WatchCommand
{
    /// <summary>How long a stop waits for running crawls to record themselves as interrupted.</summary>
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    public static Command Create(GlobalOptions global)
    {
        var config = new Option<string>("--config") { Description = "The watch config: JSON, or YAML for .yaml/.yml (see docs/watch.md).", Required = true };
        var check = new Option<bool>("--check") { Description = "Validate the config, print each retailer's schedule and exit." };
        var command = new Command("watch", "Run each retailer of a config file on its schedule (every 6h, or cron) until stopped; runs as a systemd service.");
        command.Options.Add(config);
        command.Options.Add(check);
        command.SetAction((result, cancellationToken) => CommandGuard.RunAsync(
            result,
            async ct =>
            {
                var watch = await LoadAsync(result.GetValue(config)!, requireSchedules: true, ct).ConfigureAwait(false);
                var output = result.InvocationConfiguration.Output;
                if (result.GetValue(check))
                {
                    var start = TimeProvider.System.GetUtcNow();
                    var console = CliEnvironment.ConsoleFor(output);
                    foreach (var retailer in watch.Retailers)
                    {
                        // Wrapped at words for the width; the URL, one word, is never cut.
                        ConsoleText.WriteWrapped(console, $"{retailer.Name}: {retailer.Request.Url} {retailer.Schedule!.Describe()}, next due {retailer.Schedule.First(start):u}");
                    }

                    return ExitCodes.Ok;
                }

                using var loggerFactory = CreateLoggerFactory(result, global);
                var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
                builder.Services.AddSingleton(loggerFactory);
                builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
                builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
                builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);

                // Under systemd: Type=notify readiness and stopping on SIGTERM; elsewhere it does nothing.
                builder.Services.AddSystemd();
                builder.Services.AddSingleton(watch);
                builder.Services.AddSingleton<IRetailerRunner>(new StoreRetailerRunner(ct => StoreOpener.OpenAsync(watch.Database, mustExist: false, ct), TimeProvider.System, loggerFactory, (retailer, store, summary, token) => AfterRunAsync(retailer, store, summary, result.InvocationConfiguration.Output, token)));
                builder.Services.AddSingleton(TimeProvider.System);
                builder.Services.AddHostedService<WatchService>();
                using var host = builder.Build();

                // The token is the CLI's Ctrl+C/SIGTERM: cancelling it stops the host, which cancels the running crawls.
                await host.RunAsync(ct).ConfigureAwait(false);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    /// <summary>Reads a watch config; a bad one is one line naming the file, the retailer and the field, exit code 2.</summary>
    public static async Task<WatchConfig> LoadAsync(string path, bool requireSchedules, CancellationToken cancellationToken)
    {
        try
        {
            return await WatchConfigLoader.LoadAsync(path, requireSchedules, cancellationToken).ConfigureAwait(false);
        }
        catch (ConfigException ex)
        {
            throw new CliException(ex.Message, ExitCodes.Usage);
        }
    }

    /// <summary>
    /// After each run, the retailer's webhooks get the stored alerts they have not received (a failure leaves them pending
    /// for the next run, and never fails the watch).
    /// </summary>
    private static Task AfterRunAsync(RetailerConfig retailer, IShelfStore store, ShelfScout.Orchestration.RunSummary summary, TextWriter lines, CancellationToken cancellationToken) =>
        NotifyOptions.DeliverAsync(store, summary.Retailer.Id, retailer.Notify, lines, cancellationToken);

    /// <summary>The watch's own start/finish lines are information; everything else keeps the CLI's level (warning unless --log-level says).</summary>
    private static ILoggerFactory CreateLoggerFactory(ParseResult result, GlobalOptions global)
    {
        var level = global.Level(result);
        var explicitLevel = result.GetResult(global.LogLevel) is { Implicit: false };
        var logFile = result.GetValue(global.LogFile);
        ILoggerProvider provider = logFile is null
            ? new LineLoggerProvider(result.InvocationConfiguration.Error, LogLevel.Trace, detailed: false, ownsWriter: false)
            : new LineLoggerProvider(OpenLogFile(logFile), LogLevel.Trace, detailed: true, ownsWriter: true);
        return LoggerFactory.Create(builder =>
        {
            builder.SetMinimumLevel(level).AddProvider(provider);
            builder.AddFilter(typeof(WatchService).FullName, explicitLevel ? level : LogLevel.Information);
        });
    }

    private static StreamWriter OpenLogFile(string path)
    {
        try
        {
            return new StreamWriter(path, append: true) { AutoFlush = true };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"--log-file '{path}' cannot be written: {ex.Message}", ExitCodes.Output);
        }
    }
}
