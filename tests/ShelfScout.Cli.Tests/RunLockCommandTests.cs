using ShelfScout.Storage.Hosting;
using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary>A second run of a retailer that another run (here, on another machine) is crawling: one line, exit 1, nothing crawled.</summary>
public sealed class RunLockCommandTests
{
    [Fact]
    public async Task Run_OfARetailerAnotherRunHolds_OneLineExitOne_AndNothingStored()
    {
        await using var demo = await TestStores.StartAsync(productCount: 6, seed: 5);
        using var directory = new TempDirectory();
        await using (var store = await ShelfStoreFactory.OpenAsync(directory.DatabasePath(), TimeProvider.System, CancellationToken.None))
        {
            var retailer = await store.UpsertRetailerAsync("Demo", demo.BaseUrl, CancellationToken.None);
            Assert.True(await store.TryLockRetailerAsync(retailer.Id, "other-machine:4242:7", TimeSpan.FromMinutes(2), DateTimeOffset.UtcNow, CancellationToken.None));
        }

        var result = await CliRunner.RunAsync("run", "--url", demo.BaseUrl.AbsoluteUri, "--retailer-name", "Demo", "--db", directory.DatabasePath(), "--delay-ms", "0");

        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.StdOut}{result.StdErr}");
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("shelfscout: error:", StringComparison.Ordinal));
        Assert.StartsWith("shelfscout: error: retailer 'Demo' is being crawled by another run", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(0, demo.ProductPageRequestCount);
    }
}
