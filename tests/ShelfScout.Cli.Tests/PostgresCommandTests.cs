using System.Text.Json;
using ShelfScout.DemoRetailer;
using ShelfScout.Testing;
using ShelfScout.Testing.Postgres;

namespace ShelfScout.Cli.Tests;

/// <summary>The commands on a PostgreSQL database (<c>--db postgresql://...</c>) give what they give on an SQLite file.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCommandTests
{
    [Fact]
    public async Task Run_DemoStoreTwoDays_OnPostgres_StoresWhatSqliteStores()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var directory = new TempDirectory();
        var sqlite = Path.Combine(directory.Path, "shelf.db");
        await using var demo = await DemoStore.StartAsync(new DemoStoreOptions { ProductCount = 16, Seed = 8 }, CancellationToken.None);

        var runs = new List<CliProcess.Result>();
        foreach (var db in new[] { database.Url, sqlite })
        {
            demo.Day = 0;
            runs.Add(await CliRunner.RunAsync("run", "--retailer-name", "Acme", "--url", demo.BaseUrl.AbsoluteUri, "--delay-ms", "0", "--db", db));
            demo.Day = 1;
            runs.Add(await CliRunner.RunAsync("run", "--retailer-name", "Acme", "--url", demo.BaseUrl.AbsoluteUri, "--delay-ms", "0", "--db", db));
        }

        var products = await ExportAsync("products", database.Url);
        var alerts = await CliRunner.RunAsync("alerts", "--db", database.Url, "--json");
        var sqliteAlerts = await CliRunner.RunAsync("alerts", "--db", sqlite, "--json");
        var productUrl = JsonDocument.Parse((await CliRunner.RunAsync("export", "products", "--db", database.Url, "--format", "jsonl")).StdOut.Split('\n')[0]).RootElement.GetProperty("url").GetString()!;
        var history = await CliRunner.RunAsync("history", "--db", database.Url, productUrl, "--json");
        var explain = await CliRunner.RunAsync("explain", "--db", database.Url, productUrl);

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.StdErr));
        Assert.Equal(demo.Catalog.ExpectedProducts, products.Count);
        Assert.Equal(await ExportAsync("products", sqlite), products);
        Assert.Equal(await ExportAsync("categories", sqlite), await ExportAsync("categories", database.Url));
        Assert.Equal(await ExportAsync("reviews", sqlite), await ExportAsync("reviews", database.Url));
        Assert.Equal(await ExportAsync("variants", sqlite), await ExportAsync("variants", database.Url));
        Assert.Equal(0, alerts.ExitCode);
        Assert.NotEmpty(Facts(alerts.StdOut));
        Assert.Equal(Facts(sqliteAlerts.StdOut), Facts(alerts.StdOut));
        Assert.True(history.ExitCode == 0, history.StdErr);
        Assert.Contains(productUrl, history.StdOut, StringComparison.Ordinal);
        Assert.True(explain.ExitCode == 0, explain.StdErr);
    }

    [Fact]
    public async Task DbCheck_OnPostgres_SaysOk_AndBackupNamesPgDump()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var alerts = await CliRunner.RunAsync("alerts", "--db", database.Url);

        var check = await CliRunner.RunAsync("db", "check", database.Url);
        var backup = await CliRunner.RunAsync("db", "backup", database.Url, "copy.dump");

        Assert.True(alerts.ExitCode == 0, alerts.StdErr);
        Assert.True(check.ExitCode == 0, check.StdErr);
        Assert.Equal("ok", check.StdOut.Trim());
        Assert.Equal(2, backup.ExitCode);
        var line = Assert.Single(backup.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("pg_dump", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbCheck_OnAPostgresDatabaseThatIsNotShelfScouts_ExitsThree()
    {
        await using var database = await PostgresDatabase.CreateAsync();

        var check = await CliRunner.RunAsync("db", "check", database.Url);

        Assert.Equal(3, check.ExitCode);
        Assert.Contains("not a ShelfScout database", check.StdOut, StringComparison.Ordinal);
    }

    /// <summary>The exported rows without what differs between two databases by nature: ids and the times of the runs.</summary>
    private static async Task<List<string>> ExportAsync(string what, string db)
    {
        var result = await CliRunner.RunAsync("export", what, "--db", db, "--format", "jsonl");
        Assert.True(result.ExitCode == 0, result.StdErr);
        return result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Stable).Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> Facts(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement : document.RootElement.GetProperty("alerts");
        return root.EnumerateArray().Select(a => Stable(a.GetRawText())).Order(StringComparer.Ordinal).ToList();
    }

    private static string Stable(string line)
    {
        using var document = JsonDocument.Parse(line);
        var kept = document.RootElement.EnumerateObject()
            .Where(p => p.Name is not ("id" or "runId" or "raisedAt" or "firstSeen" or "lastSeen" or "parentId" or "productId" or "retailerId"))
            .Select(p => p.Name + "=" + Normalise(p.Value));
        return string.Join("|", kept);
    }

    private static string Normalise(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "[" + string.Join(",", value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Object ? Stable(v.GetRawText()) : Normalise(v))) + "]",
        JsonValueKind.Object => "{" + Stable(value.GetRawText()) + "}",
        _ => value.GetRawText(),
    };
}
