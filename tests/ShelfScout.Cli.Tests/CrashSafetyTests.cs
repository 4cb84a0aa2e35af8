using System.Globalization;
using Microsoft.Data.Sqlite;
using ShelfScout.DemoRetailer;
using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary>kill -9 in the middle of a crawl (a real child process), twice, then the same command again.</summary>
public sealed class CrashSafetyTests
{
    private const int Products = 300;

    [Fact]
    public async Task KilledTwiceMidCrawl_TheSameCommandFinishesTheCatalogue_WithoutDuplicatesOrRefetchingDonePages()
    {
        await using var demo = await DemoStore.StartAsync(new DemoStoreOptions { ProductCount = Products, Seed = 5 }, CancellationToken.None);
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        string[] command = ["run", "--url", demo.BaseUrl.AbsoluteUri, "--db", db, "--no-reviews", "--no-prices", "--delay-ms", "0", "--concurrency", "2", "--json"];
        var productPaths = demo.Catalog.Products.Select(p => p.RelativeUrl).ToHashSet(StringComparer.Ordinal);
        bool IsProductPage(string path) => productPaths.Contains(path);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var doneBeforeKills = new List<int>();
        foreach (var fraction in new[] { 0.3, 0.3 })
        {
            using var child = CliProcess.Start(command);
            await demo.WhenServedAsync(IsProductPage, (int)(Products * fraction), timeout.Token);
            child.Kill();
            await child.WaitForExitAsync(timeout.Token);
            Assert.Equal("ok", await ScalarAsync(db, "PRAGMA integrity_check;"));
            doneBeforeKills.Add(int.Parse(await ScalarAsync(db, "SELECT COUNT(*) FROM products;"), CultureInfo.InvariantCulture));
        }

        Assert.True(doneBeforeKills[0] > 0 && doneBeforeKills[1] > doneBeforeKills[0], string.Join(", ", doneBeforeKills));
        using (var last = CliProcess.Start(command))
        {
            await last.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, last.ExitCode);
        }

        Assert.Equal("ok", await ScalarAsync(db, "PRAGMA integrity_check;"));
        Assert.Equal(Products.ToString(CultureInfo.InvariantCulture), await ScalarAsync(db, "SELECT COUNT(DISTINCT url) FROM products;"));
        Assert.Equal(Products.ToString(CultureInfo.InvariantCulture), await ScalarAsync(db, "SELECT COUNT(*) FROM products;"));
        Assert.Equal("Interrupted,Interrupted,Succeeded", await ScalarAsync(db, "SELECT group_concat(status) FROM (SELECT status FROM runs ORDER BY id);"));

        // Pages a killed run had in flight (at most the claimed batch of its two workers) may be fetched again; done ones not.
        var fetchedAgain = demo.RequestsByPath.Count(kv => IsProductPage(kv.Key) && kv.Value > 1);
        Assert.True(fetchedAgain <= 2 * 4 + Products / 100, $"{fetchedAgain} product pages fetched more than once");
    }

    private static async Task<string> ScalarAsync(string db, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
