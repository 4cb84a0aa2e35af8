using System.CommandLine;
using ShelfScout.Cli.Hosting;
using ShelfScout.Orchestration;

namespace ShelfScout.Cli.Commands;

/// <summary><c>shelfscout run --url URL ...</c>: discover and refresh one retailer's catalogue.</summary>
internal static class RunCommand
{
    public static Command Create(GlobalOptions global)
    {
        var url = new Option<string?>("--url") { Description = "The store's home page (http or https); required unless --config gives it." };
        var retailerName = new Option<string?>("--retailer-name") { Description = "Name to store the retailer under (default: the host)." };
        var retailerId = CliOptions.OptionalNumber<long>("--retailer-id", "Run for an existing retailer by id.");
        var crawl = new CrawlOptions(concurrency: 8, perHostConcurrency: 2, delayMs: 500);
        var command = new Command("run", "Crawl a retailer: categories, products, prices and reviews, with no per-site configuration.");
        command.Options.Add(url);
        command.Options.Add(retailerName);
        command.Options.Add(retailerId);
        crawl.AddTo(command);
        var fromConfig = new RunConfigDefaults();
        fromConfig.AddTo(command);
        fromConfig.RequireUrlWithoutConfig(command, url);
        command.SetAction((result, cancellationToken) => CommandGuard.RunAsync(
            result,
            async ct =>
            {
                var config = await fromConfig.FindAsync(result, ct).ConfigureAwait(false);
                var request = new RunRequest
                {
                    Url = RunConfigDefaults.Url(result, url, config?.Retailer),
                    RetailerName = result.GetValue(retailerName),
                    RetailerId = result.GetValue(retailerId),
                    Categories = CrawlOptions.Enabled(result, crawl.Categories, crawl.NoCategories, "categories"),
                    Products = CrawlOptions.Enabled(result, crawl.Products, crawl.NoProducts, "products"),
                    Prices = CrawlOptions.Enabled(result, crawl.Prices, crawl.NoPrices, "prices"),
                    Reviews = CrawlOptions.Enabled(result, crawl.Reviews, crawl.NoReviews, "reviews"),
                    Parallel = crawl.IsParallel(result),
                    Refresh = result.GetValue(crawl.Refresh),
                    Limits = crawl.Limits(result),
                };
                var fetchOptions = crawl.Fetch(result);
                (request, fetchOptions) = RunConfigDefaults.Apply(result, crawl, retailerName, config?.Retailer, request, fetchOptions);
                var json = result.GetValue(crawl.Json);
                // The config's notify rules for this retailer, unless the command line names its own.
                var notifyTargets = crawl.Notify.Read(result) is { Count: > 0 } given ? given : config?.Retailer.Notify ?? [];
                var scope = await Reachability.EnsureReachableAsync(request.Url, fetchOptions.AllowPrivateNetwork, ct).ConfigureAwait(false);
                // The SSRF rule: the whole crawl stays on the class of network the start URL is on.
                fetchOptions = fetchOptions with { NetworkScope = scope };
                using var environment = new CliEnvironment(result, global);
                await using var store = await StoreOpener.OpenAsync(RunConfigDefaults.Database(result, crawl, config?.Database), mustExist: false, ct).ConfigureAwait(false);
                var runner = environment.Runner();
                var summary = await runner.RunAsync(store, request, fetchOptions, environment.ShowProgress && !json, ct).ConfigureAwait(false);
                runner.Render(summary, json, databasePath: result.GetValue(crawl.Database));
                // Delivery failures keep the run's exit code: the alerts stay pending and go out on the next run.
                await NotifyOptions.DeliverAsync(store, summary.Retailer.Id, notifyTargets, json ? environment.Error : environment.Out, ct).ConfigureAwait(false);
                return PipelineRunner.ExitCode(summary);
            },
            cancellationToken));
        return command;
    }
}
