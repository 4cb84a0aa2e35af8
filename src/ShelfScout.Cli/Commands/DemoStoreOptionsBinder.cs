using System.CommandLine;
using ShelfScout.Cli.Hosting;
using ShelfScout.DemoRetailer;

namespace ShelfScout.Cli.Commands;

/// <summary>The demo store's options shared by <c>demo</c> and <c>demo-store</c>.</summary>
internal sealed class DemoStoreOptionsBinder
{
    public Option<string> Theme { get; } = new("--theme") { Description = "Demo markup: jsonld, microdata or plain (no structured data, scrambled classes).", DefaultValueFactory = _ => "jsonld" };
    public Option<int> Products { get; } = CliOptions.Number("--products", "How many products the demo store generates.", 60);
    public Option<int> Seed { get; } = CliOptions.Number("--seed", "Generator seed: the same seed gives the same store.", 42);
    public Option<int> Day { get; } = CliOptions.Number("--day", "Day number: prices and stock change from day to day.", 0);
    public Option<double> Churn { get; } = new("--churn") { Description = "Fraction of products (0 to 1) added late (days 1 to 3) and removed each day (their pages then answer 404 or 410).", DefaultValueFactory = _ => 0.02 };

    public Option<double?> ChangeRate { get; } = CliOptions.OptionalNumber<double>("--change-rate", "Fraction of products (0 to 1) whose offer changes each day, half price and half stock; the rest keep yesterday's offer.");
    public Option<int> LatencyMs { get; } = CliOptions.Number("--latency-ms", "Answer every page after this many milliseconds (a store far away: crawls bound by waiting, as on the internet).", 0);

    public Option<bool> CardStock { get; } = new("--card-stock") { Description = "Listing cards show a stock word (and schema.org availability in microdata) beside the price." };

    public void AddTo(Command command)
    {
        command.Options.Add(Theme);
        command.Options.Add(Products);
        command.Options.Add(Seed);
        command.Options.Add(Day);
        command.Options.Add(ChangeRate);
        command.Options.Add(Churn);
        command.Options.Add(CardStock);
        command.Options.Add(LatencyMs);
    }

    public DemoStoreOptions Read(ParseResult result, int port) => new()
    {
        Theme = ParseTheme(result.GetValue(Theme)),
        ProductCount = InputValidation.RequirePositive(result.GetValue(Products), "--products"),
        Seed = result.GetValue(Seed),
        Day = InputValidation.RequireNonNegative(result.GetValue(Day), "--day"),
        OfferChangeRate = ReadChangeRate(result.GetValue(ChangeRate)),
        Churn = ReadChurn(result.GetValue(Churn)),
        CardStock = result.GetValue(CardStock),
        Faults = new DemoFaults { Latency = TimeSpan.FromMilliseconds(InputValidation.RequireNonNegative(result.GetValue(LatencyMs), "--latency-ms")) },
        Port = port,
    };

    private static double ReadChurn(double value) =>
        value is >= 0 and <= 1
            ? value
            : throw new CliException($"--churn must be between 0 and 1, not '{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}'");

    private static double? ReadChangeRate(double? value) =>
        value is double rate && (double.IsNaN(rate) || rate < 0 || rate > 1)
            ? throw new CliException($"--change-rate must be between 0 and 1, not '{rate.ToString(System.Globalization.CultureInfo.InvariantCulture)}'")
            : value;

    private static DemoTheme ParseTheme(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "JSONLD" or "JSON-LD" => DemoTheme.JsonLd,
        "MICRODATA" => DemoTheme.Microdata,
        "PLAIN" => DemoTheme.Plain,
        _ => throw new CliException($"--theme must be jsonld, microdata or plain, not '{value}'"),
    };
}
