using System.Text.Json;
using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary><c>shelfscout history</c> against a real SQLite file filled through the real store.</summary>
public sealed class HistoryCommandTests
{
    [Fact]
    public async Task History_ByUrlWithTrackingParameters_PrintsTimelineAndChart_WithinEightyColumns()
    {
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        await AlertDatabase.CreateAsync(db);

        var result = await CliRunner.RunAsync("history", "--db", db, AlertDatabase.KettleUrl + "?utm_source=newsletter");

        Assert.True(result.ExitCode == 0, result.StdErr);
        var lines = Lines(result.StdOut);
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
        Assert.Contains("URL:      " + AlertDatabase.KettleUrl, lines);
        Assert.Contains("Price (ZAR): low 8.50, high 10.00, now 8.50", lines);
        // Ten ZAR for the first day of three, 8.50 after: the chart starts high and ends low.
        var chart = Assert.Single(lines, l => l.Trim().Length > 0 && l.Trim().All(c => c is >= '▁' and <= '█'));
        Assert.StartsWith("█", chart.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("▁", chart.Trim(), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("2026-03-01 09:00", StringComparison.Ordinal) && l.Contains("10.00", StringComparison.Ordinal)
            && l.Contains("12.00", StringComparison.Ordinal) && l.Contains("InStock", StringComparison.Ordinal) && l.TrimEnd().EndsWith('5'));
        Assert.Contains(lines, l => l.Contains("2026-03-03 09:00", StringComparison.Ordinal) && l.Contains("8.50", StringComparison.Ordinal)
            && l.Contains("OutOfStock", StringComparison.Ordinal));
        Assert.Contains("2 price and 2 stock changes recorded.", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_SkuAtTwoRetailers_ListsThemAndAsksToPick_RetailerPicksOne()
    {
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        await AlertDatabase.CreateAsync(db);

        var ambiguous = await CliRunner.RunAsync("history", "--db", db, "ket-1");
        var picked = await CliRunner.RunAsync("history", "--db", db, "KET-1", "--retailer", "Bolt", "--json");

        Assert.Equal(2, ambiguous.ExitCode);
        var lines = Lines(ambiguous.StdErr);
        Assert.Equal("shelfscout: error: 'ket-1' matches 2 products; pick one with --retailer NAME or give its URL:", lines[0]);
        Assert.Equal(["  Acme: " + AlertDatabase.KettleUrl + " (SKU KET-1)", "  Bolt: " + AlertDatabase.BoltKettleUrl + " (SKU KET-1)"], lines.Skip(1));
        Assert.Equal(string.Empty, ambiguous.StdOut);
        Assert.True(picked.ExitCode == 0, picked.StdErr);
        using var json = JsonDocument.Parse(picked.StdOut);
        Assert.Equal(AlertDatabase.BoltKettleUrl, json.RootElement.GetProperty("product").GetProperty("url").GetString());
        Assert.Equal("11", json.RootElement.GetProperty("prices")[0].GetProperty("price").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public async Task History_NoMatch_OneLineExitOne_UnknownRetailer_Usage_MissingDatabase_Three()
    {
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        await AlertDatabase.CreateAsync(db);

        var none = await CliRunner.RunAsync("history", "--db", db, "http://127.0.0.1/acme/p/kettle-xl");
        var retailer = await CliRunner.RunAsync("history", "--db", db, "KET-1", "--retailer", "Nope");
        var missing = await CliRunner.RunAsync("history", "--db", directory.File("missing.db"), "KET-1");

        Assert.Equal(1, none.ExitCode);
        Assert.Equal("shelfscout: error: no stored product has the URL or SKU 'http://127.0.0.1/acme/p/kettle-xl'", Assert.Single(Lines(none.StdErr)));
        Assert.Equal(2, retailer.ExitCode);
        Assert.Contains("unknown retailer 'Nope'", Assert.Single(Lines(retailer.StdErr)), StringComparison.Ordinal);
        Assert.Equal(3, missing.ExitCode);
        Assert.Single(Lines(missing.StdErr));
    }

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
}
