using System.Text.Json;
using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary><c>shelfscout alerts</c> and <c>export alerts</c> against a real SQLite file filled through the real store.</summary>
public sealed class AlertsCommandTests
{
    [Fact]
    public async Task Alerts_ListsEveryKind_NewestLast_WithinEightyColumns()
    {
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        await AlertDatabase.CreateAsync(db);

        var result = await CliRunner.RunAsync("alerts", "--db", db);

        Assert.True(result.ExitCode == 0, result.StdErr);
        var lines = Lines(result.StdOut);
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
        string[] order = ["price-drop", "out-of-stock", "price-rise", "new", "delisted"];
        var rows = order.Select(kind => lines.FindIndex(l => l.Contains(" " + kind + " ", StringComparison.Ordinal))).ToList();
        Assert.All(rows, r => Assert.True(r >= 0, result.StdOut));
        Assert.Equal(rows.Order(), rows);
        Assert.Contains(lines, l => l.Contains("10.00 -> 8.50 ZAR (-15%)", StringComparison.Ordinal) && l.Contains("2026-03-02 09:00", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("InStock -> OutOfStock", StringComparison.Ordinal));
        Assert.Contains("5 of 5 alerts shown.", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("more", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alerts_Limit_ShowsTheNewest_AndSaysHowManyMore()
    {
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        await AlertDatabase.CreateAsync(db);

        var result = await CliRunner.RunAsync("alerts", "--db", db, "--limit", "2");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("and 3 more", result.StdOut, StringComparison.Ordinal);
        Assert.Contains(" new ", result.StdOut, StringComparison.Ordinal);
        Assert.Contains(" delisted ", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("price-drop", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("2 of 5 alerts shown.", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alerts_FiltersByKindRetailerAndSince()
    {
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        await AlertDatabase.CreateAsync(db);

        var drops = await CliRunner.RunAsync("alerts", "--db", db, "--kind", "price-drop,price-rise", "--json");
        var bolt = await CliRunner.RunAsync("alerts", "--db", db, "--retailer", "bolt", "--json");
        var since = await CliRunner.RunAsync("alerts", "--db", db, "--since", "2026-03-04", "--kind", "new", "--kind", "delisted", "--json");
        var recent = await CliRunner.RunAsync("alerts", "--db", db, "--since", "24h");

        Assert.Equal(["PriceDrop", "PriceRise"], Kinds(drops));
        Assert.Equal(["NewProduct"], Kinds(bolt));
        Assert.Equal(["NewProduct", "Delisted"], Kinds(since));
        using var json = JsonDocument.Parse(drops.StdOut);
        var drop = json.RootElement.GetProperty("alerts")[0];
        Assert.Equal(("10", "8.5", "-15.00", "Acme", AlertDatabase.KettleUrl), (drop.GetProperty("oldPrice").GetString(), drop.GetProperty("newPrice").GetString(),
            drop.GetProperty("percentChange").GetString(), drop.GetProperty("retailer").GetString(), drop.GetProperty("url").GetString()));
        Assert.True(recent.ExitCode == 0, recent.StdErr);
        Assert.Contains("No alerts match.", recent.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--retailer", "Nope", 2, "unknown retailer 'Nope'; known: Acme, Bolt")]
    [InlineData("--since", "yesterday", 2, "--since expects a duration like 24h or 7d")]
    [InlineData("--kind", "price-dorp", 2, "did you mean 'price-drop'?")]
    [InlineData("--limit", "0", 2, "--limit")]
    public async Task Alerts_BadInput_OneLineAndUsageExitCode(string option, string value, int exitCode, string message)
    {
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        await AlertDatabase.CreateAsync(db);

        var result = await CliRunner.RunAsync("alerts", "--db", db, option, value);

        Assert.Equal(exitCode, result.ExitCode);
        var line = Assert.Single(Lines(result.StdErr));
        Assert.StartsWith("shelfscout: error: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StdOut);
    }

    [Fact]
    public async Task Alerts_MissingDatabase_DatabaseExitCode_AndNoFileCreated()
    {
        using var directory = new TempDirectory();
        var db = directory.File("missing.db");

        var result = await CliRunner.RunAsync("alerts", "--db", db);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("does not exist", Assert.Single(Lines(result.StdErr)), StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("jsonl")]
    public async Task ExportAlerts_WritesEveryMatchingAlert(string format)
    {
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        await AlertDatabase.CreateAsync(db);
        var output = directory.File("alerts." + format);

        var result = await CliRunner.RunAsync("export", "alerts", "--db", db, "--format", format, "--retailer", "Acme", "--out", output);

        Assert.True(result.ExitCode == 0, result.StdErr);
        var text = await File.ReadAllTextAsync(output);
        var kinds = format switch
        {
            "csv" => Lines(text).Skip(1).Select(l => l.Split(',')[3]).ToList(),
            "json" => JsonDocument.Parse(text).RootElement.EnumerateArray().Select(a => a.GetProperty("kind").GetString()!).ToList(),
            _ => Lines(text).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("kind").GetString()!).ToList(),
        };
        Assert.Equal(["PriceDrop", "WentOutOfStock", "PriceRise", "Delisted"], kinds);
        if (format == "csv")
        {
            Assert.StartsWith("id,raisedAt,retailer,kind,url,name,sku", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ExportAlerts_KindFilter_AndAlertFiltersRefusedForOtherExports()
    {
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        await AlertDatabase.CreateAsync(db, extraPriceChanges: 3);

        var rises = await CliRunner.RunAsync("export", "alerts", "--db", db, "--kind", "price-rise");
        var products = await CliRunner.RunAsync("export", "products", "--db", db, "--kind", "price-rise");

        Assert.True(rises.ExitCode == 0, rises.StdErr);
        Assert.Equal(3, Lines(rises.StdOut).Count);
        Assert.Equal(2, products.ExitCode);
        Assert.Contains("apply to 'export alerts' only", products.StdErr, StringComparison.Ordinal);
    }

    private static List<string> Kinds(CliProcess.Result result)
    {
        Assert.True(result.ExitCode == 0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        return json.RootElement.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("kind").GetString()!).ToList();
    }

    private static List<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
}
