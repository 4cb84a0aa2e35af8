using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary>Every parse and usage error: one "shelfscout: error:" line on stderr with a hint, exit 2, nothing on stdout.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("--concurrency expects a whole number, not 'abc'", "run", "--url", "http://127.0.0.1:1/", "--concurrency", "abc")]
    [InlineData("--products expects a whole number, not '1.5'", "demo", "--products", "1.5")]
    [InlineData("--timeout expects a number, not 'soon'", "run", "--url", "http://127.0.0.1:1/", "--timeout", "soon")]
    [InlineData("unknown command 'rnu' (did you mean 'run'?)", "rnu", "--url", "http://127.0.0.1:1/")]
    [InlineData("unknown command 'exprot' (did you mean 'export'?)", "exprot", "products")]
    [InlineData("unknown command 'xyzzy'", "xyzzy")]
    [InlineData("unknown option '--bogus' for 'shelfscout run'", "run", "--url", "http://127.0.0.1:1/", "--bogus")]
    [InlineData("unknown option '--concurency' for 'shelfscout run' (did you mean '--concurrency'?)", "run", "--url", "http://127.0.0.1:1/", "--concurency", "2")]
    [InlineData("'--url' is required", "run")]
    [InlineData("'<URL|SKU>' is required", "history", "--db", "x.db")]
    [InlineData("'<DEST>' is required", "db", "backup", "x.db")]
    [InlineData("a command is required", new string[0])]
    [InlineData("'xml'", "extract", "--format", "xml", "page.html")]
    [InlineData("'loud'", "demo", "--log-level", "loud")]
    public async Task BadCommandLine_OneLineOnStderrExitTwoNothingOnStdout(string expected, params string[] args)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.StdOut);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("shelfscout: error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Contains("--help'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_DocumentsTheExitCodes()
    {
        var result = await CliRunner.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Exit codes: 0 ok, 1 failed run, 2 usage error, 3 database error, 4 output error, 5 store unreachable, 6 partial run", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("130 interrupted", result.StdOut, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.StdErr);
    }

    [Fact]
    public async Task Export_OutputIntoAFolder_OneLineExitFourDatabaseNotCreated()
    {
        using var directory = new TempDirectory();
        var db = Path.Combine(directory.Path, "shelf.db");

        var result = await CliRunner.RunAsync("export", "products", "--db", db, "-o", directory.Path);

        Assert.Equal(4, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("is a folder", line, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task Export_OutputIntoMissingFolder_OneLineExitFour()
    {
        using var directory = new TempDirectory();

        var result = await CliRunner.RunAsync("export", "products", "--db", Path.Combine(directory.Path, "shelf.db"), "-o", Path.Combine(directory.Path, "no", "such", "out.csv"));

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("does not exist", Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_MissingDatabase_ExitsWithTheDatabaseCode()
    {
        using var directory = new TempDirectory();

        var result = await CliRunner.RunAsync("export", "products", "--db", Path.Combine(directory.Path, "missing.db"));

        Assert.Equal(3, result.ExitCode);
    }

    [Fact]
    public async Task Extract_Folder_SaysItIsAFolder()
    {
        using var directory = new TempDirectory();

        var result = await CliRunner.RunAsync("extract", directory.Path);

        Assert.NotEqual(0, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("shelfscout: error: ", line, StringComparison.Ordinal);
        Assert.Contains("is a folder", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_EndlessFile_RefusedPastTheSizeCapInsteadOfRunningOutOfMemory()
    {
        var result = await CliRunner.RunAsync("extract", "--format", "jsonl", "/dev/zero");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("larger than", Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_Cancelled_StopsWithOneLineAndExit130()
    {
        using var directory = new TempDirectory();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(700));

        var result = await CliRunner.RunAsync(["demo", "--products", "3000", "--json", "--db", Path.Combine(directory.Path, "demo.db")], cancel.Token);

        Assert.Equal(130, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("shelfscout: error: interrupted; the data saved so far is kept", line);
        Assert.Equal(string.Empty, result.StdOut);
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task Demo_SigTermOrCtrlC_StopsCleanlyWithExit130(string signal)
    {
        using var directory = new TempDirectory();

        var result = await CliProcess.RunAndSignalAsync(signal, "Demo retailer", "demo", "--products", "3000", "--db", Path.Combine(directory.Path, "demo.db"));

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("shelfscout: error: interrupted", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }
}
