using System.CommandLine;
using System.Text.Json.Nodes;
using ShelfScout.Cli.Hosting;
using ShelfScout.Cli.Rendering;
using ShelfScout.DemoRetailer;
using ShelfScout.Orchestration;
using Spectre.Console;

namespace ShelfScout.Cli.Commands;

/// <summary><c>shelfscout demo</c>: starts the demo retailer on 127.0.0.1 and runs the whole pipeline against it.</summary>
internal static class DemoCommand
{
    public const string RetailerName = "Wellness Warehouse Demo";

    public static Command Create(GlobalOptions global)
    {
        var demo = new DemoStoreOptionsBinder();
        var database = new Option<string?>("--db") { Description = "SQLite database file (default: a new file in the temp directory)." };
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON, with expected and found counts." };
        var concurrency = CliOptions.Number("--concurrency", "Requests in flight at once.", 8);
        var days = CliOptions.Number("--days", "Crawl this many days in a row (--day, then the next ones), so prices and stock have a history.", 1);
        var serve = new Option<bool>("--serve") { Description = "After the crawl, serve the web dashboard of the database (and keep the demo store up for its links) until Ctrl+C." };
        var dashboard = new DashboardOptionsBinder();
        var command = new Command("demo", "Start the demo retailer and run all four agents against it, in parallel.");
        demo.AddTo(command);
        command.Options.Add(database);
        command.Options.Add(concurrency);
        command.Options.Add(json);
        command.Options.Add(days);
        command.Options.Add(serve);
        dashboard.AddTo(command);
        var notify = new NotifyOptions();
        notify.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandGuard.RunAsync(
            result,
            async ct =>
            {
                var options = demo.Read(result, port: 0);
                var workers = InputValidation.RequirePositive(result.GetValue(concurrency), "--concurrency");
                var path = result.GetValue(database) ?? Path.Combine(Path.GetTempPath(), $"shelfscout-demo-{Guid.NewGuid():N}.db");
                var asJson = result.GetValue(json);
                var notifyTargets = notify.Read(result);
                var dayCount = InputValidation.RequirePositive(result.GetValue(days), "--days");
                var dashboardOptions = result.GetValue(serve) ? dashboard.Read(result) : null;
                using var environment = new CliEnvironment(result, global);
                await using var store = await StoreOpener.OpenAsync(path, mustExist: false, ct).ConfigureAwait(false);
                // A later day of the same database serves the store where it was before: the port is part of the
                // retailer's identity and of every product URL.
                if (await store.FindRetailerByNameAsync(RetailerName, ct).ConfigureAwait(false) is { } known)
                {
                    options = options with { Port = new Uri(known.BaseUrl).Port };
                }

                DemoStore demoStore;
                try
                {
                    demoStore = await DemoStore.StartAsync(options, ct).ConfigureAwait(false);
                }
                catch (IOException ex) when (options.Port != 0)
                {
                    throw new CliException($"the demo store of this database needs port {options.Port} on 127.0.0.1, which is busy ({ex.Message})", ExitCodes.FailedRun);
                }

                await using var running = demoStore;
                if (!asJson)
                {
                    ConsoleText.WriteWrapped(environment.Output, $"Demo retailer ({options.Theme}, {options.ProductCount} products) at {demoStore.BaseUrl}; database {path}");
                }

                var request = new RunRequest
                {
                    Url = demoStore.BaseUrl,
                    RetailerName = RetailerName,
                    Parallel = true,
                    Limits = new Agents.AgentLimits { Concurrency = workers },
                };

                // Our own store on loopback: no politeness delay, robots.txt still obeyed.
                var fetch = new Fetching.FetchOptions
                {
                    Concurrency = workers,
                    PerHostConcurrency = workers,
                    PerHostDelay = TimeSpan.Zero,
                    NetworkScope = Fetching.Network.AddressClass.Loopback,
                };
                var runner = environment.Runner();
                var firstDay = options.Day;
                for (var day = firstDay; day < firstDay + dayCount - 1; day++)
                {
                    // The earlier days only build the history; the last day's summary is the one shown.
                    demoStore.Day = day;
                    var earlier = await runner.RunAsync(store, request, fetch, environment.ShowProgress && !asJson, ct).ConfigureAwait(false);
                    if (!asJson)
                    {
                        ConsoleText.WriteWrapped(environment.Output, $"Day {day}: {earlier.Totals.Products} products, {earlier.Alerts.Count} alerts.");
                    }
                }

                demoStore.Day = firstDay + dayCount - 1;
                var summary = await runner.RunAsync(store, request, fetch, environment.ShowProgress && !asJson, ct).ConfigureAwait(false);
                var catalog = demoStore.Catalog;
                var expected = new JsonObject { ["categories"] = catalog.ExpectedCategories, ["products"] = catalog.ExpectedProducts, ["reviews"] = catalog.ExpectedReviews };
                var found = new JsonObject { ["categories"] = summary.Totals.Categories, ["products"] = summary.Totals.Products, ["reviews"] = summary.Totals.Reviews };
                if (asJson)
                {
                    runner.Render(summary, json: true, new JsonObject { ["database"] = path, ["expected"] = expected, ["found"] = found });
                }
                else
                {
                    runner.Render(summary, json: false, databasePath: path);
                    ConsoleText.WriteWrapped(
                        environment.Output,
                        $"Expected {catalog.ExpectedCategories} categories, {catalog.ExpectedProducts} products, {catalog.ExpectedReviews} reviews; found {summary.Totals.Categories}, {summary.Totals.Products}, {summary.Totals.Reviews}.");
                }

                await NotifyOptions.DeliverAsync(store, summary.Retailer.Id, notifyTargets, asJson ? environment.Error : environment.Out, ct).ConfigureAwait(false);
                if (dashboardOptions is not null)
                {
                    await DashboardServer.ServeAsync(store, dashboardOptions, asJson ? environment.Error : environment.Out, ct).ConfigureAwait(false);
                }

                return PipelineRunner.ExitCode(summary);
            },
            cancellationToken));
        return command;
    }
}
