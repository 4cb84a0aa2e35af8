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

    public void AddTo(Command command)
    {
        command.Options.Add(Theme);
        command.Options.Add(Products);
        command.Options.Add(Seed);
        command.Options.Add(Day);
    }

    public DemoStoreOptions Read(ParseResult result, int port) => new()
    {
        Theme = ParseTheme(result.GetValue(Theme)),
        ProductCount = InputValidation.RequirePositive(result.GetValue(Products), "--products"),
        Seed = result.GetValue(Seed),
        Day = InputValidation.RequireNonNegative(result.GetValue(Day), "--day"),
        Port = port,
    };

    private static DemoTheme ParseTheme(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "JSONLD" or "JSON-LD" => DemoTheme.JsonLd,
        "MICRODATA" => DemoTheme.Microdata,
        "PLAIN" => DemoTheme.Plain,
        _ => throw new CliException($"--theme must be jsonld, microdata or plain, not '{value}'"),
    };
}
