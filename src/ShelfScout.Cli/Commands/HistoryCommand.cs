using System.CommandLine;
using System.Text.Json;
using ShelfScout.Cli.Hosting;
using ShelfScout.Cli.Rendering;

namespace ShelfScout.Cli.Commands;

/// <summary><c>shelfscout history --db PATH URL|SKU [--retailer NAME] [--json]</c>: one product's price and stock timeline.</summary>
internal static class HistoryCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(GlobalOptions global)
    {
        var product = new Argument<string>("URL|SKU") { Description = "The product's URL (as stored or as copied from a browser) or its SKU." };
        var database = new Option<string>("--db") { Description = "SQLite database file, or a PostgreSQL URL (postgresql://user@host:port/db) or Host=... connection string; default $SHELFSCOUT_DB, else ./shelfscout.db.", DefaultValueFactory = _ => StoreOpener.DefaultDatabase };
        var retailer = new Option<string?>("--retailer") { Description = "Only this retailer (by name), when a SKU is sold by several." };
        var json = new Option<bool>("--json") { Description = "Print the history as JSON." };
        var command = new Command("history", "Show one product's price and stock history, with a price chart.");
        command.Arguments.Add(product);
        command.Options.Add(database);
        command.Options.Add(retailer);
        command.Options.Add(json);
        command.SetAction((result, cancellationToken) => CommandGuard.RunAsync(
            result,
            async ct =>
            {
                var wanted = result.GetValue(product)?.Trim();
                if (string.IsNullOrEmpty(wanted))
                {
                    throw new CliException("give the product's URL or SKU");
                }

                var path = result.GetValue(database)!;
                using var environment = new CliEnvironment(result, global);
                await using var store = await StoreOpener.OpenAsync(path, mustExist: true, ct).ConfigureAwait(false);
                var retailerId = await AlertFilterOptions.ResolveRetailerAsync(store, result.GetValue(retailer), ct).ConfigureAwait(false);
                var matches = await store.FindProductsAsync(wanted, retailerId, ct).ConfigureAwait(false);
                if (matches.Count == 0)
                {
                    throw new CliException($"no stored product has the URL or SKU '{wanted}'", ExitCodes.FailedRun);
                }

                if (matches.Count > 1)
                {
                    var error = environment.Error;
                    await error.WriteLineAsync($"shelfscout: error: '{wanted}' matches {matches.Count} products; pick one with --retailer NAME or give its URL:".AsMemory(), ct).ConfigureAwait(false);
                    foreach (var match in matches)
                    {
                        var sku = match.Sku is null ? string.Empty : $" (SKU {match.Sku})";
                        await error.WriteLineAsync($"  {match.RetailerName}: {match.Url}{sku}".AsMemory(), ct).ConfigureAwait(false);
                    }

                    return ExitCodes.Usage;
                }

                var history = await store.GetProductHistoryAsync(matches[0].Id, ct).ConfigureAwait(false)
                    ?? throw new CliException($"no stored product has the URL or SKU '{wanted}'", ExitCodes.FailedRun);
                if (result.GetValue(json))
                {
                    await environment.Out.WriteLineAsync(HistoryRenderer.ToJson(history).ToJsonString(Indented).AsMemory(), ct).ConfigureAwait(false);
                }
                else
                {
                    HistoryRenderer.Render(environment.Output, history);
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
