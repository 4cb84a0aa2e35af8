using System.Text.Json;
using System.Text.Json.Nodes;
using Cronos;
using ShelfScout.Agents;
using ShelfScout.Domain.Alerts;
using ShelfScout.Domain.Runs;
using ShelfScout.Fetching;
using ShelfScout.Orchestration;
using ShelfScout.Scheduling.Schedules;
using YamlDotNet.Core;

namespace ShelfScout.Scheduling.Config;

/// <summary>
/// Reads and validates a watch config (JSON, or YAML for <c>.yaml</c>/<c>.yml</c>) into <see cref="WatchConfig"/>.
/// Every problem is a <see cref="ConfigException"/> with one line naming the file, the retailer and the field.
/// </summary>
public static class WatchConfigLoader
{
    /// <summary>The same defaults as <c>shelfscout run</c>.</summary>
    public const int DefaultConcurrency = 8;
    public const int DefaultPerHostConcurrency = 2;
    public const int DefaultDelayMs = 500;
    public const string DefaultDatabase = "shelfscout.db";

    public static async Task<WatchConfig> LoadAsync(string path, bool requireSchedules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot read the config file: {ex.Message.TrimEnd('.')}", ex);
        }

        return Parse(text, path, requireSchedules);
    }

    /// <summary>Parses config text; <paramref name="path"/> names the file in errors, picks the format by extension and anchors a relative database path.</summary>
    public static WatchConfig Parse(string text, string path, bool requireSchedules)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = System.IO.Path.GetFileName(path);
        var root = Read(text, path, file) as JsonObject ?? throw new ConfigException($"{file}: the config must be an object with a 'retailers' list");
        var top = new ConfigSection(file, null, string.Empty, root);

        var database = top.String("database") ?? DefaultDatabase;
        if (string.IsNullOrWhiteSpace(database))
        {
            throw top.Error("database", "must not be empty");
        }

        // Relative to the config file, not the working directory: a service's working directory is rarely the config's.
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        database = System.IO.Path.GetFullPath(database, directory);
        var maxConcurrent = top.Int("maxConcurrentRetailers", minimum: 1) ?? WatchConfig.DefaultMaxConcurrentRetailers;

        var items = top.Array("retailers") ?? throw top.Error("retailers", "is required (a list of retailers)");
        if (items.Count == 0)
        {
            throw top.Error("retailers", "must list at least one retailer");
        }

        top.RejectUnknown();
        var retailers = new List<RetailerConfig>();
        for (var i = 0; i < items.Count; i++)
        {
            var retailer = Retailer(top.Item("retailers", i, items[i]), requireSchedules);
            if (retailers.Any(r => string.Equals(r.Name, retailer.Name, StringComparison.OrdinalIgnoreCase)))
            {
                throw top.Error($"retailers[{i}].name", $"'{retailer.Name}' is listed twice");
            }

            retailers.Add(retailer);
        }

        return new WatchConfig(path, database, maxConcurrent, retailers);
    }

    private static JsonNode? Read(string text, string path, string file)
    {
        var yaml = path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        try
        {
            return yaml
                ? YamlToJson.Convert(text)
                : JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new ConfigException($"{file}: not valid JSON (line {ex.LineNumber + 1}): {FirstSentence(ex.Message)}", ex);
        }
        catch (YamlException ex)
        {
            throw new ConfigException($"{file}: not valid YAML (line {ex.Start.Line}): {FirstSentence(ex.Message)}", ex);
        }
    }

    private static RetailerConfig Retailer(ConfigSection section, bool requireSchedules)
    {
        var name = section.String("name", required: true)!.Trim();
        section = section.ForRetailer(name);
        var urlText = section.String("url", required: true)!;
        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw section.Error("url", $"'{urlText}' is not an http or https URL");
        }

        var stages = section.Object("stages");
        var limits = section.Object("limits");
        var politeness = section.Object("politeness");
        var concurrency = limits?.Int("concurrency", minimum: 1) ?? DefaultConcurrency;
        var maxProducts = limits?.Int("maxProductsPerCategory", minimum: 1) ?? limits?.Int("maxProducts", minimum: 1);
        var request = new RunRequest
        {
            Url = url,
            RetailerName = name,
            Categories = stages?.Bool("categories") ?? true,
            Products = stages?.Bool("products") ?? true,
            Prices = stages?.Bool("prices") ?? true,
            Reviews = stages?.Bool("reviews") ?? true,
            Parallel = section.Bool("parallel") ?? true,
            Refresh = section.Bool("refresh") ?? false,
            Limits = new AgentLimits
            {
                MaxCategories = limits?.Int("maxCategories", minimum: 1),
                MaxProductsPerCategory = maxProducts,
                MaxReviewsPerRun = limits?.Int("maxReviews", minimum: 1),
                Concurrency = concurrency,
            },
        };
        stages?.RejectUnknown();
        limits?.RejectUnknown();

        var defaults = new FetchOptions();
        var fetch = new FetchOptions
        {
            Concurrency = concurrency,
            PerHostConcurrency = politeness?.Int("perHostConcurrency", minimum: 1) ?? DefaultPerHostConcurrency,
            PerHostDelay = TimeSpan.FromMilliseconds(politeness?.Int("delayMs", minimum: 0) ?? DefaultDelayMs),
            MaxRetries = politeness?.Int("retries", minimum: 0) ?? defaults.MaxRetries,
            RequestTimeout = politeness?.Int("timeoutSeconds", minimum: 1) is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.RequestTimeout,
            AutoThrottle = politeness?.Bool("autoThrottle") ?? false,
            RespectRobotsTxt = !(politeness?.Bool("ignoreRobots") ?? false),
            AllowPrivateNetwork = politeness?.Bool("allowPrivateNetwork") ?? false,
        };
        politeness?.RejectUnknown();

        var scheduleSection = section.Object("schedule");
        var schedule = scheduleSection is null ? null : Schedule(scheduleSection, name);
        if (schedule is null && requireSchedules)
        {
            throw section.Error("schedule", "is required (for example {\"every\": \"6h\"} or {\"cron\": \"0 */6 * * *\"})");
        }

        var notify = new List<NotificationTarget>();
        var targets = section.Array("notify") ?? [];
        for (var i = 0; i < targets.Count; i++)
        {
            notify.Add(Target(section.Item("notify", i, targets[i])));
        }

        section.RejectUnknown();
        return new RetailerConfig(name, request, fetch, schedule, notify);
    }

    private static ISchedule Schedule(ConfigSection section, string retailer)
    {
        var every = section.String("every");
        var cron = section.String("cron");
        var jitterText = section.String("jitter");
        var zoneText = section.String("timeZone");
        section.RejectUnknown();

        var jitter = TimeSpan.Zero;
        if (jitterText is not null && !Durations.TryParse(jitterText, out jitter))
        {
            throw section.Error("jitter", $"'{jitterText}' is not a duration (use 90s, 10m, 1h)");
        }

        var offset = Jitter.Offset(retailer, jitter);
        switch (every, cron)
        {
            case (not null, not null):
                throw section.Error("every", "give either 'every' or 'cron', not both");
            case (null, null):
                throw section.Error("every", "a schedule needs 'every' (30m, 6h, 1d) or 'cron' (0 */6 * * *)");
            case (not null, null):
                if (!Durations.TryParse(every, out var interval) || interval < TimeSpan.FromMinutes(1))
                {
                    throw section.Error("every", $"'{every}' is not a duration of a minute or more (use 30m, 6h, 1d)");
                }

                if (zoneText is not null)
                {
                    throw section.Error("timeZone", "only applies to 'cron'");
                }

                if (jitter >= interval)
                {
                    throw section.Error("jitter", $"must be shorter than the interval ({every})");
                }

                return new EverySchedule(interval, offset);
            default:
                CronExpression expression;
                try
                {
                    var fields = cron!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                    expression = CronExpression.Parse(cron, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
                }
                catch (CronFormatException ex)
                {
                    throw section.Error("cron", $"'{cron}' is not a cron expression: {FirstSentence(ex.Message)}");
                }

                TimeZoneInfo zone;
                try
                {
                    zone = zoneText is null ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(zoneText);
                }
                catch (TimeZoneNotFoundException)
                {
                    throw section.Error("timeZone", $"'{zoneText}' is not a known time zone (use an IANA name such as Europe/Paris)");
                }

                return new CronSchedule(expression, cron, zone, offset);
        }
    }

    private static NotificationTarget Target(ConfigSection section)
    {
        var urlText = section.String("url", required: true)!;
        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw section.Error("url", $"'{urlText}' is not an http or https URL");
        }

        var secret = section.String("secret");
        var kinds = new List<PriceAlertKind>();
        foreach (var (item, index) in (section.Array("kinds") ?? []).Select((k, i) => (k, i)))
        {
            var text = item is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
            kinds.Add(text is not null && AlertKindTable.TryParse(text, out var kind)
                ? kind
                : throw section.Error($"kinds[{index}]", $"'{item?.ToJsonString()}' is not an alert kind ({string.Join(", ", AlertKindTable.Names)})"));
        }

        var minPercent = section.Decimal("minPercent");
        if (minPercent < 0)
        {
            throw section.Error("minPercent", "must not be negative");
        }

        var priceBelow = section.Decimal("priceBelow");
        if (priceBelow < 0)
        {
            throw section.Error("priceBelow", "must not be negative");
        }

        var products = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (section.Object("products") is { } map)
        {
            foreach (var key in map.Keys().ToList())
            {
                products[key] = map.Decimal(key) is { } limit && limit >= 0 ? limit : throw map.Error(key, "must be a price, 0 or more");
            }
        }

        section.RejectUnknown();
        return new NotificationTarget(url, secret, new NotificationRules
        {
            Kinds = kinds,
            MinPercentChange = minPercent,
            PriceAtOrBelow = priceBelow,
            ProductPriceAtOrBelow = products,
        });
    }

    private static string FirstSentence(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length > 200 ? line[..200] : line;
    }
}
