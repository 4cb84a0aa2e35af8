using System.CommandLine;
using ShelfScout.Agents;
using ShelfScout.Cli.Hosting;
using ShelfScout.Fetching;

namespace ShelfScout.Cli.Commands;

/// <summary>The options <c>run</c> and <c>demo</c> share: stages, limits, concurrency, politeness, database, output.</summary>
internal sealed class CrawlOptions
{
    public Option<bool> Categories { get; } = Flag("--categories", "Run the category discovery stage (default).");
    public Option<bool> NoCategories { get; } = Flag("--no-categories", "Skip category discovery.");
    public Option<bool> Products { get; } = Flag("--products", "Run the product extraction stage (default).");
    public Option<bool> NoProducts { get; } = Flag("--no-products", "Skip product extraction.");
    public Option<bool> Prices { get; } = Flag("--prices", "Run the price monitoring stage (default).");
    public Option<bool> NoPrices { get; } = Flag("--no-prices", "Skip price monitoring.");
    public Option<bool> Reviews { get; } = Flag("--reviews", "Run the review scraping stage (default).");
    public Option<bool> NoReviews { get; } = Flag("--no-reviews", "Skip review scraping.");
    public Option<bool> Parallel { get; } = Flag("--parallel", "Work on several items at once, prices and reviews together (default).");
    public Option<bool> Sequential { get; } = Flag("--sequential", "One thing at a time.");
    public Option<bool> Refresh { get; } = Flag("--refresh", "Redo stages whose data already exists (prices are always refreshed).");
    public Option<bool> IgnoreRobots { get; } = Flag("--ignore-robots", "Do not obey robots.txt (only for sites you own).");
    public Option<bool> Json { get; } = Flag("--json", "Print the run summary as JSON on stdout.");
    public Option<bool> AutoThrottle { get; } = Flag("--auto-throttle", "Adapt the delay between requests to each host to its response times.");
    public Option<bool> AllowPrivateNetwork { get; } = Flag("--allow-private-network", "Let the crawl reach private, loopback and link-local addresses whatever the start URL is.");
    public Option<int?> MaxCategories { get; } = CliOptions.OptionalNumber<int>("--max-categories", "Crawl at most N leaf categories.");
    public Option<int?> MaxProductsPerCategory { get; } = CliOptions.OptionalNumber<int>("--max-products-per-category", "Take at most N products from each category.");
    public Option<int?> MaxReviews { get; } = CliOptions.OptionalNumber<int>("--max-reviews", "Store at most N reviews in this run.");
    public Option<int> Retries { get; } = CliOptions.Number("--retries", "Retries of a failed request (network error, timeout, 429, 5xx).", new FetchOptions().MaxRetries);
    public Option<double> TimeoutSeconds { get; } = CliOptions.Number("--timeout", "Seconds one request may take.", new FetchOptions().RequestTimeout.TotalSeconds);
    public Option<string> Database { get; } = new("--db") { Description = "SQLite database file, or a PostgreSQL URL (postgresql://user@host:port/db) or Host=... connection string; default $SHELFSCOUT_DB, else ./shelfscout.db.", DefaultValueFactory = _ => StoreOpener.DefaultDatabase };

    public NotifyOptions Notify { get; } = new();

    public Option<int> Concurrency { get; }
    public Option<int> PerHostConcurrency { get; }
    public Option<int> DelayMs { get; }

    public CrawlOptions(int concurrency, int perHostConcurrency, int delayMs)
    {
        Concurrency = CliOptions.Number("--concurrency", "Requests in flight at once, all hosts.", concurrency);
        PerHostConcurrency = CliOptions.Number("--per-host-concurrency", "Requests in flight to one host.", perHostConcurrency);
        DelayMs = CliOptions.Number("--delay-ms", "Minimum milliseconds between requests to one host.", delayMs);
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[]
                 {
                     Categories, NoCategories, Products, NoProducts, Prices, NoPrices, Reviews, NoReviews, Parallel, Sequential,
                     MaxCategories, MaxProductsPerCategory, MaxReviews, Concurrency, PerHostConcurrency, DelayMs, Retries, TimeoutSeconds,
                     AutoThrottle, Refresh, IgnoreRobots, AllowPrivateNetwork, Database, Json,
                 })
        {
            command.Options.Add(option);
        }

        Notify.AddTo(command);
    }

    public bool IsParallel(ParseResult result) =>
        !(result.GetValue(Sequential) && !result.GetValue(Parallel));

    public static bool Enabled(ParseResult result, Option<bool> on, Option<bool> off, string name) =>
        (result.GetValue(on), result.GetValue(off)) switch
        {
            (true, true) => throw new CliException($"--{name} and --no-{name} contradict each other"),
            (_, true) => false,
            _ => true,
        };

    public AgentLimits Limits(ParseResult result)
    {
        var concurrency = InputValidation.RequirePositive(result.GetValue(Concurrency), "--concurrency");
        return new AgentLimits
        {
            MaxCategories = InputValidation.RequirePositiveOrNull(result.GetValue(MaxCategories), "--max-categories"),
            MaxProductsPerCategory = InputValidation.RequirePositiveOrNull(result.GetValue(MaxProductsPerCategory), "--max-products-per-category"),
            MaxReviewsPerRun = InputValidation.RequirePositiveOrNull(result.GetValue(MaxReviews), "--max-reviews"),
            Concurrency = concurrency,
        };
    }

    public FetchOptions Fetch(ParseResult result) => new()
    {
        Concurrency = InputValidation.RequirePositive(result.GetValue(Concurrency), "--concurrency"),
        PerHostConcurrency = InputValidation.RequirePositive(result.GetValue(PerHostConcurrency), "--per-host-concurrency"),
        PerHostDelay = TimeSpan.FromMilliseconds(InputValidation.RequireNonNegative(result.GetValue(DelayMs), "--delay-ms")),
        MaxRetries = InputValidation.RequireNonNegative(result.GetValue(Retries), "--retries"),
        RequestTimeout = TimeSpan.FromSeconds(InputValidation.RequirePositive(result.GetValue(TimeoutSeconds), "--timeout")),
        AutoThrottle = result.GetValue(AutoThrottle),
        AllowPrivateNetwork = result.GetValue(AllowPrivateNetwork),
        RespectRobotsTxt = !result.GetValue(IgnoreRobots),
    };

    private static Option<bool> Flag(string name, string description) => new(name) { Description = description };
}
