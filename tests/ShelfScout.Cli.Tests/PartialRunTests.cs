using ShelfScout.DemoRetailer;
using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary>A run that loses pages is not a success: exit code 6 (documented), status Partial, the lost pages listed.</summary>
public sealed class PartialRunTests
{
    [Fact]
    public async Task Run_PagesThatNeverAnswer_ExitSixWithThePartialStatusAndTheirErrors()
    {
        // One request in ten answers 503 for good (no fault budget), and the run gets no retries: some pages stay lost.
        var faults = new DemoFaults { ServerErrors = 0.10, MaxFaultsPerPath = int.MaxValue };
        await using var demo = await TestStores.StartAsync(new DemoStoreOptions { ProductCount = 12, Seed = 7, Faults = faults });
        using var directory = new TempDirectory();

        var result = await CliRunner.RunAsync("run", "--url", demo.BaseUrl.AbsoluteUri, "--db", directory.DatabasePath(), "--delay-ms", "0", "--retries", "0", "--no-reviews", "--no-prices");

        Assert.True(result.ExitCode == 6, $"exit {result.ExitCode}: {result.StdOut}{result.StdErr}");
        var lines = result.StdOut.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(lines, l => l.StartsWith("──", StringComparison.Ordinal) && l.Contains(": Partial", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" errors (first ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(": HTTP 503", StringComparison.Ordinal));
        Assert.DoesNotContain("ShelfScout.", result.StdOut + result.StdErr, StringComparison.Ordinal);
    }
}
