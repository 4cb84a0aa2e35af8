using System.CommandLine;
using ShelfScout.Cli.Commands;
using ShelfScout.Cli.Hosting;
using ShelfScout.Domain.Alerts;
using ShelfScout.Domain.Runs;
using ShelfScout.Scheduling.Config;

namespace ShelfScout.Cli.Tests;

/// <summary>
/// One table of alert kinds (<see cref="AlertKindTable"/>): a kind spelled any accepted way works in <c>--notify-kind</c>
/// and in a watch file's <c>notify.kinds</c> alike. Before the table, <c>out-of-stock</c> worked on the command line and
/// was a config error in a watch file, which wanted <c>went-out-of-stock</c>.
/// </summary>
public sealed class AlertKindSpellingTests
{
    public static TheoryData<string, PriceAlertKind> Spellings()
    {
        var data = new TheoryData<string, PriceAlertKind>();
        foreach (var entry in AlertKindTable.Entries)
        {
            foreach (var spelling in entry.Aliases.Prepend(entry.Name).Append(entry.Kind.ToString()).Append(entry.Name.ToUpperInvariant()))
            {
                data.Add(spelling, entry.Kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public void NotifyKind_CommandLineAndWatchFile_AcceptTheSameSpelling(string spelling, PriceAlertKind expected)
    {
        Assert.Equal([expected], CommandLineKinds(spelling));
        Assert.Equal([expected], WatchFileKinds(spelling));
    }

    [Fact]
    public void NotifyKind_UnknownName_IsRefusedByBoth_NamingTheCanonicalNames()
    {
        var cli = Assert.Throws<CliException>(() => CommandLineKinds("cheaper"));
        var file = Assert.Throws<ConfigException>(() => WatchFileKinds("cheaper"));

        Assert.Contains(string.Join(", ", AlertKindTable.Names), cli.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", AlertKindTable.Names), file.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_HasEveryKindOnce_AndNoSpellingTwice()
    {
        Assert.Equal(Enum.GetValues<PriceAlertKind>().Order(), AlertKindTable.Entries.Select(e => e.Kind).Order());
        var spellings = AlertKindTable.Entries.SelectMany(e => e.Aliases.Prepend(e.Name)).ToList();
        Assert.Equal(spellings.Count, spellings.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    private static PriceAlertKind[] CommandLineKinds(string spelling)
    {
        var options = new NotifyOptions();
        var command = new RootCommand();
        options.AddTo(command);
        var targets = options.Read(command.Parse(["--notify", "http://127.0.0.1:9/hook", "--notify-kind", spelling]));
        return [.. Assert.Single(targets).Rules.Kinds];
    }

    private static PriceAlertKind[] WatchFileKinds(string spelling)
    {
        var json = $$"""{"retailers": [{"name": "Acme", "url": "http://127.0.0.1:8080/", "schedule": {"every": "1h"}, "notify": [{"url": "http://127.0.0.1:9/hook", "kinds": ["{{spelling}}"]}]}]}""";
        var config = WatchConfigLoader.Parse(json, "shelfscout.json", requireSchedules: true);
        return [.. Assert.Single(Assert.Single(config.Retailers).Notify).Rules.Kinds];
    }
}
