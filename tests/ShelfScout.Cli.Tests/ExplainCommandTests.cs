using System.Text.Json;
using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary><c>shelfscout explain</c> on a database filled by a real demo crawl.</summary>
public sealed class ExplainCommandTests
{
    [Fact]
    public async Task Explain_ProductOfADemoCrawl_SaysWhatItWasTakenForWhyAndWhereItWasListed_UnknownUrlExitsOne()
    {
        using var directory = new TempDirectory();
        var db = Path.Combine(directory.Path, "shelf.db");
        var demo = await CliRunner.RunAsync("demo", "--products", "6", "--db", db, "--json");
        Assert.True(demo.ExitCode == 0, demo.StdErr);
        using var summary = JsonDocument.Parse(demo.StdOut);
        Assert.True(summary.RootElement.GetProperty("coverage").GetProperty("complete").GetBoolean(), demo.StdOut);
        var exported = await CliRunner.RunAsync("export", "products", "--db", db, "--format", "jsonl");
        Assert.True(exported.ExitCode == 0, exported.StdErr);
        var productUrl = JsonDocument.Parse(exported.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]).RootElement.GetProperty("url").GetString()!;

        var text = await CliRunner.RunAsync("explain", "--db", db, productUrl);
        var json = await CliRunner.RunAsync("explain", "--db", db, new Uri(productUrl).AbsolutePath, "--json");
        var unknown = await CliRunner.RunAsync("explain", "--db", db, "/no/such/page");

        Assert.True(text.ExitCode == 0, text.StdErr);
        Assert.Contains("  taken for: Product", text.StdOut, StringComparison.Ordinal);
        Assert.Contains("  queued as: ProductCard link", text.StdOut, StringComparison.Ordinal);
        Assert.Contains("  listed in: ", text.StdOut, StringComparison.Ordinal);
        Assert.Contains("  evidence:  ", text.StdOut, StringComparison.Ordinal);
        Assert.Contains("  role from: its own evidence (a product page), counted for its template group", text.StdOut, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.StdErr);
        using var entries = JsonDocument.Parse(json.StdOut);
        var entry = entries.RootElement[0];
        Assert.Equal("Product", entry.GetProperty("pageKind").GetString());
        Assert.False(string.IsNullOrEmpty(entry.GetProperty("note").GetString()));
        Assert.Equal("ProductVote", entry.GetProperty("roleBasis").GetString());
        Assert.Contains("a main product named by its markup", entry.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("shelfscout: error: the latest crawl never queued '/no/such/page'", unknown.StdErr.Trim());
    }
}
