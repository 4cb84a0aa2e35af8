using System.Text.Json;
using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary>The run summary's alerts after a real re-run of a store whose prices moved overnight.</summary>
public sealed class RunSummaryAlertsTests
{
    [Fact]
    public async Task NextDayRun_ShowsTwentyAlerts_ThenHowManyMore_AndTheCommandThatListsThem()
    {
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        await using var demo = await TestStores.StartAsync(seed: 23, productCount: 80);
        string[] run = ["run", "--url", demo.BaseUrl.AbsoluteUri, "--db", db, "--delay-ms", "0", "--no-reviews"];
        var first = await CliRunner.RunAsync([.. run, "--json"], CancellationToken.None);
        Assert.True(first.ExitCode == 0, first.StdErr);
        var catalog = demo.Catalog;
        var changed = catalog.Products.Count(p => catalog.OfferFor(p, 0).Price != catalog.OfferFor(p, 1).Price);
        Assert.True(changed > 20, $"the generator should move more than 20 prices from day 0 to day 1, moved {changed}");
        demo.Day = 1;

        var second = await CliRunner.RunAsync([.. run, "--refresh"], CancellationToken.None);

        Assert.True(second.ExitCode == 0, second.StdErr);
        var lines = second.StdOut.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        // The command to list the rest: the temp path is too long for one line, so it goes whole on a shell continuation line.
        var command = Assert.Single(lines, l => l.StartsWith("  shelfscout alerts --run ", StringComparison.Ordinal));
        var at = lines.IndexOf(command);
        Assert.EndsWith(" --db \\", command, StringComparison.Ordinal);
        Assert.Equal("    " + db, lines[at + 1]);
        Assert.All(lines.Where(l => l != lines[at + 1]), l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
        var heading = Assert.Single(lines, l => l.EndsWith(" alerts in this run:", StringComparison.Ordinal));
        var total = int.Parse(heading.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total >= changed, heading);
        string[] kinds = ["price-drop", "price-rise", "back-in-stock", "out-of-stock"];
        Assert.Equal(20, lines.Count(l => kinds.Contains(l.Split(' ')[0])));
        Assert.Contains($"... and {total - 20} more; list them with:", lines);
        var runId = command.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3];

        var listed = await CliRunner.RunAsync("alerts", "--db", db, "--run", runId, "--limit", "1000", "--json");

        Assert.True(listed.ExitCode == 0, listed.StdErr);
        using var json = JsonDocument.Parse(listed.StdOut);
        Assert.Equal(total, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(total, json.RootElement.GetProperty("alerts").GetArrayLength());
    }

    [Fact]
    public async Task NextDayRun_Json_ListsEveryAlertWithPricesPercentAndAvailability()
    {
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        await using var demo = await TestStores.StartAsync(seed: 29, productCount: 30);
        string[] run = ["run", "--url", demo.BaseUrl.AbsoluteUri, "--db", db, "--delay-ms", "0", "--no-reviews", "--json"];
        Assert.Equal(0, (await CliRunner.RunAsync(run)).ExitCode);
        var catalog = demo.Catalog;
        demo.Day = 1;

        var second = await CliRunner.RunAsync([.. run, "--refresh"], CancellationToken.None);

        Assert.True(second.ExitCode == 0, second.StdErr);
        using var json = JsonDocument.Parse(second.StdOut);
        var alerts = json.RootElement.GetProperty("alerts").EnumerateArray().ToList();
        Assert.Equal(json.RootElement.GetProperty("alertCount").GetInt32(), alerts.Count);
        var drops = alerts.Where(a => a.GetProperty("kind").GetString() == "PriceDrop").ToList();
        Assert.Equal(catalog.Products.Count(p => catalog.OfferFor(p, 1).Price < catalog.OfferFor(p, 0).Price), drops.Count);
        Assert.NotEmpty(drops);
        foreach (var drop in drops)
        {
            var old = decimal.Parse(drop.GetProperty("oldPrice").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var now = decimal.Parse(drop.GetProperty("newPrice").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var percent = decimal.Parse(drop.GetProperty("percentChange").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(now < old);
            Assert.Equal(Math.Round((now - old) / old * 100m, 2), percent);
            Assert.StartsWith(demo.BaseUrl.AbsoluteUri, drop.GetProperty("url").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(drop.GetProperty("name").GetString()));
            Assert.True(drop.TryGetProperty("newAvailability", out _));
        }
    }
}
