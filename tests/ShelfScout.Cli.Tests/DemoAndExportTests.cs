using System.Text.Json;
using ShelfScout.DemoRetailer;
using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary>The user's path: demo, run against a served store, export.</summary>
public sealed class DemoAndExportTests
{
    [Theory]
    [InlineData("jsonld")]
    [InlineData("plain")]
    public async Task Demo_Json_FoundEqualsExpected(string theme)
    {
        using var directory = new TempDirectory();

        var result = await CliRunner.RunAsync("demo", "--theme", theme, "--products", "24", "--db", Path.Combine(directory.Path, "demo.db"), "--json");

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        var expected = json.RootElement.GetProperty("expected");
        var found = json.RootElement.GetProperty("found");
        foreach (var key in new[] { "categories", "products", "reviews" })
        {
            Assert.True(expected.GetProperty(key).GetInt32() > 0);
            Assert.Equal(expected.GetProperty(key).GetInt32(), found.GetProperty(key).GetInt32());
        }

        Assert.Equal(0, json.RootElement.GetProperty("errorCount").GetInt32());
    }

    [Fact]
    public async Task Run_AgainstServedDemoStore_ThenExportProducts()
    {
        using var directory = new TempDirectory();
        var db = Path.Combine(directory.Path, "shelf.db");
        await using var demo = await DemoStore.StartAsync(new DemoStoreOptions { ProductCount = 16, Seed = 8 }, CancellationToken.None);

        var run = await CliRunner.RunAsync("run", "--retailer-name", "Wellness Warehouse", "--url", demo.BaseUrl.AbsoluteUri, "--no-reviews", "--delay-ms", "0", "--db", db);
        var jsonl = await CliRunner.RunAsync("export", "products", "--db", db, "--format", "jsonl", "--retailer", "Wellness Warehouse");
        var csv = await CliRunner.RunAsync("export", "categories", "--db", db, "--format", "csv");

        Assert.True(run.ExitCode == 0, run.StdErr);
        Assert.Contains("Succeeded", run.StdOut, StringComparison.Ordinal);
        var lines = jsonl.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(demo.Catalog.ExpectedProducts, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        foreach (var field in new[] { "url", "name", "sku", "gtin", "mpn", "brand", "price", "regularPrice", "currency", "availability", "stockQuantity", "rating", "reviewCount", "images", "categories" })
        {
            Assert.True(first.RootElement.TryGetProperty(field, out _), $"missing {field}");
        }

        // A product is linked to its leaf and that leaf's ancestors, in no set order, and which product comes first
        // depends on crawl timing: some category, not the first one, must be a full path.
        var paths = first.RootElement.GetProperty("categories").EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToList();
        Assert.Contains(paths, path => path.Contains(" > ", StringComparison.Ordinal));
        var csvLines = csv.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("retailer,id,name,url,parentId,depth,path,isLeaf", csvLines[0].TrimEnd('\r'));
        Assert.Equal(demo.Catalog.ExpectedCategories, csvLines.Length - 1);
    }
}
