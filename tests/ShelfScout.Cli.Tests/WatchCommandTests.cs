using System.Text.Json;
using ShelfScout.DemoRetailer;
using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

public sealed class WatchCommandTests
{
    [Fact]
    public async Task Watch_BadConfig_OneLineNamingFileRetailerAndField_ExitTwo()
    {
        using var directory = new TempDirectory();
        var path = directory.File("shelfscout.json");
        await File.WriteAllTextAsync(path, """{"retailers": [{"name": "Acme", "url": "http://127.0.0.1:9/", "schedule": {"cron": "not cron"}}]}""");

        var result = await CliRunner.RunAsync("watch", "--config", path);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("shelfscout: error: shelfscout.json: retailer 'Acme': schedule.cron: 'not cron' is not a cron expression", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchCheck_PrintsEachRetailersSchedule()
    {
        using var directory = new TempDirectory();
        var path = directory.File("shelfscout.yaml");
        await File.WriteAllTextAsync(path, "retailers:\n  - name: Acme\n    url: http://127.0.0.1:9/\n    schedule: { every: 6h }\n");

        var result = await CliRunner.RunAsync("watch", "--config", path, "--check");

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Contains("Acme: http://127.0.0.1:9/ every 6h, next due ", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunWithConfig_TakesTheRetailersSettingsAsDefaults_AndCommandLineOptionsOverrideThem()
    {
        await using var demo = await DemoStore.StartAsync(new DemoStoreOptions { ProductCount = 16, Seed = 8 }, CancellationToken.None);
        using var directory = new TempDirectory();
        var path = directory.File("shelfscout.json");
        await File.WriteAllTextAsync(path, $$"""
            {
              "database": "from-config.db",
              "retailers": [
                { "name": "Other", "url": "http://127.0.0.1:9/" },
                { "name": "Demo Shop", "url": "{{demo.BaseUrl}}", "stages": { "reviews": false },
                  "limits": { "maxCategories": 1, "maxProductsPerCategory": 2 }, "politeness": { "delayMs": 0 } }
              ]
            }
            """);

        var defaults = await CliRunner.RunAsync("run", "--config", path, "--retailer", "demo shop", "--json");
        var overridden = await CliRunner.RunAsync("run", "--config", path, "--retailer", "Demo Shop", "--max-products-per-category", "3", "--db", directory.File("cli.db"), "--json");
        var ambiguous = await CliRunner.RunAsync("run", "--config", path);

        Assert.True(defaults.ExitCode == 0, defaults.StdErr);
        using var first = JsonDocument.Parse(defaults.StdOut);
        Assert.Equal("Demo Shop", first.RootElement.GetProperty("retailer").GetProperty("name").GetString());
        // At most the config's limit (one category, two products); a page lost on a loaded machine may make it fewer.
        Assert.InRange(first.RootElement.GetProperty("totals").GetProperty("products").GetInt32(), 1, 2);
        Assert.Equal(0, first.RootElement.GetProperty("totals").GetProperty("reviews").GetInt32());
        Assert.True(File.Exists(directory.File("from-config.db")));

        Assert.True(overridden.ExitCode == 0, overridden.StdErr);
        using var second = JsonDocument.Parse(overridden.StdOut);
        Assert.InRange(second.RootElement.GetProperty("totals").GetProperty("products").GetInt32(), 1, 3);
        Assert.Equal(0, second.RootElement.GetProperty("totals").GetProperty("reviews").GetInt32());
        Assert.True(File.Exists(directory.File("cli.db")));

        Assert.True(ambiguous.ExitCode == 2, ambiguous.StdErr);
        Assert.Contains("lists 2 retailers; choose one with --retailer (Other, Demo Shop)", ambiguous.StdErr, StringComparison.Ordinal);
    }
}
