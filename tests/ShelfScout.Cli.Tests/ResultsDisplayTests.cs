using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary>The results display when piped: 80 columns, nothing wrapped mid-word, no internal names or raw log lines.</summary>
public sealed class ResultsDisplayTests
{
    [Fact]
    public async Task Demo_Piped_TableFitsEightyColumnsWithOneLinePerStage()
    {
        using var directory = new TempDirectory();

        var result = await CliRunner.RunAsync("demo", "--products", "12", "--db", Path.Combine(directory.Path, "demo.db"));

        Assert.True(result.ExitCode == 0, result.StdErr);
        var lines = result.StdOut.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.All(lines, l => Assert.True(l.Length <= 80, $"{l.Length} columns: {l}"));
        var header = Assert.Single(lines, l => l.Contains("Stage", StringComparison.Ordinal) && l.Contains("Status", StringComparison.Ordinal));
        Assert.Contains("Time", header, StringComparison.Ordinal);
        foreach (var stage in new[] { "Categories", "Products", "Prices", "Reviews" })
        {
            // One table row per stage: a wrapped cell would add a row with an empty Stage cell.
            Assert.Single(lines, l => l.StartsWith("│ " + stage, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(lines, l => l.StartsWith("│            │", StringComparison.Ordinal));
        Assert.DoesNotContain("Agent", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("ShelfScout.", result.StdOut + result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("warn:", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_LogFile_TakesTheLogsAndStderrStaysEmpty()
    {
        using var directory = new TempDirectory();
        var log = Path.Combine(directory.Path, "run.log");

        var result = await CliRunner.RunAsync("demo", "--products", "4", "--json", "--log-level", "debug", "--log-file", log, "--db", Path.Combine(directory.Path, "demo.db"));

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.Equal(string.Empty, result.StdErr);
        var lines = await File.ReadAllLinesAsync(log);
        Assert.Contains(lines, l => l.Contains(" debug ", StringComparison.Ordinal) && l.Contains("Fetched http://127.0.0.1:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_LogLevelDebugOnStderr_OneLinePerMessageWithoutCategoryOrEventId()
    {
        using var directory = new TempDirectory();

        var result = await CliRunner.RunAsync("demo", "--products", "4", "--json", "--log-level", "debug", "--db", Path.Combine(directory.Path, "demo.db"));

        Assert.True(result.ExitCode == 0, result.StdErr);
        var lines = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.StartsWith("shelfscout: ", l, StringComparison.Ordinal));
        Assert.DoesNotContain("HttpPageFetcher", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("[100", result.StdErr, StringComparison.Ordinal);
    }
}
