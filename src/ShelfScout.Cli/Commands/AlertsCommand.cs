using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ShelfScout.Cli.Hosting;
using ShelfScout.Cli.Rendering;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage;
using ShelfScout.Storage.Alerts;
using Spectre.Console;

namespace ShelfScout.Cli.Commands;

/// <summary><c>shelfscout alerts --db PATH [--since 24h] [--retailer NAME] [--kind price-drop ...] [--limit N] [--json]</c>: the stored alerts, newest last.</summary>
internal static class AlertsCommand
{
    private const int DefaultLimit = 50;
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(GlobalOptions global)
    {
        var database = new Option<string>("--db") { Description = "SQLite database file, or a PostgreSQL URL (postgresql://user@host:port/db) or Host=... connection string; default $SHELFSCOUT_DB, else ./shelfscout.db.", DefaultValueFactory = _ => StoreOpener.DefaultDatabase };
        var retailer = new Option<string?>("--retailer") { Description = "Only this retailer (by name)." };
        var limit = CliOptions.Number("--limit", $"Show at most this many, the newest (default {DefaultLimit}).", DefaultLimit);
        var json = new Option<bool>("--json") { Description = "Print the alerts as JSON." };
        var filters = new AlertFilterOptions();
        var command = new Command("alerts", "List stored alerts (price drops and rises, stock changes, new and delisted products), newest last.");
        command.Options.Add(database);
        command.Options.Add(retailer);
        filters.AddTo(command);
        command.Options.Add(limit);
        command.Options.Add(json);
        command.SetAction((result, cancellationToken) => CommandGuard.RunAsync(
            result,
            async ct =>
            {
                var max = InputValidation.RequirePositive(result.GetValue(limit), "--limit");
                var path = result.GetValue(database)!;
                var unfiltered = filters.Read(result, retailerId: null, TimeProvider.System.GetUtcNow());
                using var environment = new CliEnvironment(result, global);
                await using var store = await StoreOpener.OpenAsync(path, mustExist: true, ct).ConfigureAwait(false);
                var query = unfiltered with { RetailerId = await AlertFilterOptions.ResolveRetailerAsync(store, result.GetValue(retailer), ct).ConfigureAwait(false) };
                var total = await store.CountAlertsAsync(query, ct).ConfigureAwait(false);
                var alerts = await NewestAsync(store, query, total, max, ct).ConfigureAwait(false);
                if (result.GetValue(json))
                {
                    var list = new JsonArray();
                    foreach (var alert in alerts)
                    {
                        list.Add((JsonNode)AlertJson.ToJson(alert));
                    }

                    var root = new JsonObject { ["database"] = path, ["total"] = total, ["shown"] = alerts.Count, ["alerts"] = list };
                    await environment.Out.WriteLineAsync(root.ToJsonString(Indented).AsMemory(), ct).ConfigureAwait(false);
                    return ExitCodes.Ok;
                }

                Render(environment.Output, alerts, total);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    /// <summary>The newest <paramref name="max"/> matching alerts, oldest first, so the latest is the last line on screen.</summary>
    private static async Task<IReadOnlyList<PriceAlert>> NewestAsync(IShelfStore store, AlertQuery query, int total, int max, CancellationToken cancellationToken)
    {
        if (total <= max)
        {
            return await store.GetAlertsAsync(query with { Limit = max }, cancellationToken).ConfigureAwait(false);
        }

        // Ids grow with time and the query has no offset: read past the older rows to the id where the newest N start.
        var skipped = await store.GetAlertsAsync(query with { Limit = total - max }, cancellationToken).ConfigureAwait(false);
        return await store.GetAlertsAsync(query with { AfterId = skipped[^1].Id, Limit = max }, cancellationToken).ConfigureAwait(false);
    }

    private static void Render(IAnsiConsole console, IReadOnlyList<PriceAlert> alerts, int total)
    {
        if (alerts.Count == 0)
        {
            console.WriteLine("No alerts match.");
            return;
        }

        var hidden = total - alerts.Count;
        if (hidden > 0)
        {
            ConsoleText.WriteWrapped(console, string.Create(CultureInfo.InvariantCulture, $"... and {hidden} more, older (raise --limit, narrow with --since, or export alerts)"));
        }

        AlertTable.Render(console, alerts);
        console.MarkupLine(CultureInfo.InvariantCulture, "{0} of {1} alerts shown.", alerts.Count, total);
    }
}
