using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary>Bad input gets one clear line on stderr and a non-zero exit, never a stack trace.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/")]
    [InlineData("/relative/path")]
    public async Task Run_NotAnHttpUrl_OneLineError(string url)
    {
        using var directory = new TempDirectory();

        var result = await CliRunner.RunAsync("run", "--url", url, "--db", Path.Combine(directory.Path, "x.db"));

        AssertOneLineError(result, "not an http(s) URL");
        Assert.False(File.Exists(Path.Combine(directory.Path, "x.db")));
    }

    [Fact]
    public async Task Run_UnreachableHost_OneLineError()
    {
        using var directory = new TempDirectory();

        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        var result = await CliRunner.RunAsync("run", "--url", "http://127.0.0.1:1/", "--db", Path.Combine(directory.Path, "x.db"));

        AssertOneLineError(result, "cannot reach");
    }

    [Fact]
    public async Task Run_UnwritableDatabasePath_OneLineError()
    {
        using var directory = new TempDirectory();
        var file = Path.Combine(directory.Path, "a-file");
        await File.WriteAllTextAsync(file, "not a directory");
        await using var demo = await DemoRetailer.DemoStore.StartAsync(new DemoRetailer.DemoStoreOptions { ProductCount = 4 }, CancellationToken.None);

        var result = await CliRunner.RunAsync("run", "--url", demo.BaseUrl.AbsoluteUri, "--db", Path.Combine(file, "shelf.db"));

        AssertOneLineError(result, "database");
    }

    [Fact]
    public async Task Export_MissingDatabase_OneLineError()
    {
        using var directory = new TempDirectory();

        var result = await CliRunner.RunAsync("export", "products", "--db", Path.Combine(directory.Path, "missing.db"));

        AssertOneLineError(result, "does not exist");
    }

    [Fact]
    public async Task Export_UnknownKind_OneLineError()
    {
        using var directory = new TempDirectory();
        var db = Path.Combine(directory.Path, "shelf.db");
        var demo = await CliRunner.RunAsync("demo", "--products", "4", "--db", db, "--json");
        Assert.Equal(0, demo.ExitCode);

        var result = await CliRunner.RunAsync("export", "widgets", "--db", db);

        AssertOneLineError(result, "widgets");
    }

    [Fact]
    public async Task Demo_UnknownTheme_OneLineError()
    {
        var result = await CliRunner.RunAsync("demo", "--theme", "baroque");

        AssertOneLineError(result, "--theme");
    }

    private static void AssertOneLineError(CliProcess.Result result, string expected)
    {
        Assert.NotEqual(0, result.ExitCode);
        var lines = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("shelfscout: error:", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }
}
