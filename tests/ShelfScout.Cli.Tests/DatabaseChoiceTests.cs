namespace ShelfScout.Cli.Tests;

/// <summary><c>--db</c> names an SQLite file or a PostgreSQL database; a PostgreSQL URL never becomes an SQLite file.</summary>
public sealed class DatabaseChoiceTests
{
    private const string Url = "postgresql://shelf:secret@127.0.0.1:1/none";

    [Fact]
    public async Task Alerts_WithPostgresUrl_OneLineDatabaseError_NoSqliteFileMadeFromTheUrl()
    {
        var result = await CliRunner.RunAsync("alerts", "--db", Url);

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("shelfscout: error: cannot open database 'postgresql://shelf:***@127.0.0.1:1/none'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetFullPath("postgresql:")));
    }

    [Theory]
    [InlineData("vacuum", "VACUUM")]
    public async Task DbCommand_OnPostgres_SaysWhichToolToUse_UsageExitCode(string command, string tool)
    {
        var result = await CliRunner.RunAsync("db", command, "Host=127.0.0.1;Port=1;Database=none;Password=secret");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"'db {command}' works on SQLite files only", line, StringComparison.Ordinal);
        Assert.Contains(tool, line, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbCheck_OnUnreachablePostgres_OneLineDatabaseError()
    {
        var result = await CliRunner.RunAsync("db", "check", "Host=127.0.0.1;Port=1;Database=none;Password=secret");

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("shelfscout: error: cannot open database 'Host=127.0.0.1;Port=1;Database=none;Password=***'", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DbBackup_OnPostgres_SaysUsePgDump()
    {
        using var directory = new Testing.TempDirectory();
        var target = directory.File("copy.db");

        var result = await CliRunner.RunAsync("db", "backup", Url, target);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pg_dump", result.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }
}
