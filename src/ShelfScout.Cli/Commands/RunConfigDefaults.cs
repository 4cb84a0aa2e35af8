using System.CommandLine;
using ShelfScout.Cli.Hosting;
using ShelfScout.Fetching;
using ShelfScout.Orchestration;
using ShelfScout.Scheduling.Config;

namespace ShelfScout.Cli.Commands;

/// <summary>
/// <c>run --config FILE [--retailer NAME]</c>: that retailer's URL, stages, limits, politeness and database become the
/// defaults of the run; an option given on the command line still wins.
/// </summary>
internal sealed class RunConfigDefaults
{
    public Option<string?> Config { get; } = new("--config") { Description = "Take the run's defaults from a watch config (see docs/watch.md); options given here override them." };

    public Option<string?> Retailer { get; } = new("--retailer") { Description = "Which retailer of --config to run (needed when it lists more than one)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Config);
        command.Options.Add(Retailer);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Retailer) is not null && result.GetValue(Config) is null)
            {
                result.AddError("--retailer needs --config");
            }
        });
    }

    /// <summary>Adds the "--url is required" check that only applies without --config.</summary>
    public void RequireUrlWithoutConfig(Command command, Option<string?> url) =>
        command.Validators.Add(result =>
        {
            if (result.GetValue(url) is null && result.GetValue(Config) is null)
            {
                result.AddError("Option '--url' is required.");
            }
        });

    /// <summary>The chosen retailer of --config and the config's database, or null when there is no --config.</summary>
    public async Task<(RetailerConfig Retailer, string Database)?> FindAsync(ParseResult result, CancellationToken cancellationToken)
    {
        if (result.GetValue(Config) is not { } path)
        {
            return null;
        }

        var config = await WatchCommand.LoadAsync(path, requireSchedules: false, cancellationToken).ConfigureAwait(false);
        var name = result.GetValue(Retailer);
        if (name is null)
        {
            return config.Retailers.Count == 1
                ? (config.Retailers[0], config.Database)
                : throw new CliException($"{Path.GetFileName(path)} lists {config.Retailers.Count} retailers; choose one with --retailer ({Names(config)})");
        }

        return (config.Find(name) ?? throw new CliException($"{Path.GetFileName(path)} has no retailer '{name}' ({Names(config)})"), config.Database);
    }

    public static Uri Url(ParseResult result, Option<string?> url, RetailerConfig? config) =>
        config is not null && result.GetValue(url) is null
            ? config.Request.Url
            : InputValidation.RequireHttpUrl(result.GetValue(url), "--url");

    public static string Database(ParseResult result, CrawlOptions crawl, string? configDatabase) =>
        configDatabase is null || Given(result, crawl.Database) ? result.GetValue(crawl.Database)! : configDatabase;

    /// <summary>The config's values for every setting the command line did not give.</summary>
    public static (RunRequest Request, FetchOptions Fetch) Apply(ParseResult result, CrawlOptions crawl, Option<string?> retailerName, RetailerConfig? config, RunRequest request, FetchOptions fetch)
    {
        if (config is null)
        {
            return (request, fetch);
        }

        var c = config.Request;
        var f = config.Fetch;
        request = request with
        {
            RetailerName = Given(result, retailerName) || request.RetailerId is not null ? request.RetailerName : c.RetailerName,
            Categories = Given(result, crawl.Categories, crawl.NoCategories) ? request.Categories : c.Categories,
            Products = Given(result, crawl.Products, crawl.NoProducts) ? request.Products : c.Products,
            Prices = Given(result, crawl.Prices, crawl.NoPrices) ? request.Prices : c.Prices,
            Reviews = Given(result, crawl.Reviews, crawl.NoReviews) ? request.Reviews : c.Reviews,
            Parallel = Given(result, crawl.Parallel, crawl.Sequential) ? request.Parallel : c.Parallel,
            Refresh = Given(result, crawl.Refresh) ? request.Refresh : c.Refresh,
            Limits = request.Limits with
            {
                MaxCategories = Given(result, crawl.MaxCategories) ? request.Limits.MaxCategories : c.Limits.MaxCategories,
                MaxProductsPerCategory = Given(result, crawl.MaxProductsPerCategory) ? request.Limits.MaxProductsPerCategory : c.Limits.MaxProductsPerCategory,
                MaxReviewsPerRun = Given(result, crawl.MaxReviews) ? request.Limits.MaxReviewsPerRun : c.Limits.MaxReviewsPerRun,
                Concurrency = Given(result, crawl.Concurrency) ? request.Limits.Concurrency : c.Limits.Concurrency,
            },
        };
        fetch = fetch with
        {
            Concurrency = Given(result, crawl.Concurrency) ? fetch.Concurrency : f.Concurrency,
            PerHostConcurrency = Given(result, crawl.PerHostConcurrency) ? fetch.PerHostConcurrency : f.PerHostConcurrency,
            PerHostDelay = Given(result, crawl.DelayMs) ? fetch.PerHostDelay : f.PerHostDelay,
            MaxRetries = Given(result, crawl.Retries) ? fetch.MaxRetries : f.MaxRetries,
            RequestTimeout = Given(result, crawl.TimeoutSeconds) ? fetch.RequestTimeout : f.RequestTimeout,
            AutoThrottle = Given(result, crawl.AutoThrottle) ? fetch.AutoThrottle : f.AutoThrottle,
            AllowPrivateNetwork = Given(result, crawl.AllowPrivateNetwork) ? fetch.AllowPrivateNetwork : f.AllowPrivateNetwork,
            RespectRobotsTxt = Given(result, crawl.IgnoreRobots) ? fetch.RespectRobotsTxt : f.RespectRobotsTxt,
        };
        return (request, fetch);
    }

    private static bool Given(ParseResult result, params Option[] options) =>
        options.Any(o => result.GetResult(o) is { Implicit: false });

    private static string Names(WatchConfig config) => string.Join(", ", config.Retailers.Select(r => r.Name));
}
