using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using ShelfScout.DemoRetailer;
using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests;

/// <summary><c>shelfscout db ...</c>, and every command's refusal of a database that is not ours or is damaged.</summary>
public sealed class DatabaseCommandTests
{
    private const int DatabaseExitCode = 3;
    private const int OutputExitCode = 4;

    [Fact]
    public async Task DbCheck_HealthyDatabase_PrintsOk()
    {
        using var directory = new TempDirectory();
        var db = await DemoDatabaseAsync(directory);

        var result = await CliRunner.RunAsync("db", "check", db);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("ok", result.StdOut.Trim());
        Assert.Empty(result.StdErr);
    }

    [Fact]
    public async Task DbCheck_TruncatedDatabase_ListsProblems_DatabaseExitCode_FileUnchanged()
    {
        using var directory = new TempDirectory();
        var db = await DemoDatabaseAsync(directory);
        Truncate(db);
        var before = Hash(db);

        var result = await CliRunner.RunAsync("db", "check", db);

        AssertOneLineError(result, DatabaseExitCode, "is damaged");
        Assert.NotEmpty(result.StdOut.Trim());
        Assert.Equal(before, Hash(db));
    }

    [Fact]
    public async Task DbCheck_RandomBytes_OneLineError()
    {
        using var directory = new TempDirectory();
        var db = directory.File("random.db");
        await File.WriteAllBytesAsync(db, RandomNumberGenerator.GetBytes(8192));
        var before = Hash(db);

        var result = await CliRunner.RunAsync("db", "check", "--quick", db);

        AssertOneLineError(result, DatabaseExitCode, "file is not a database");
        Assert.Equal(before, Hash(db));
    }

    [Fact]
    public async Task DbCheck_MissingFile_OneLineError_NothingCreated()
    {
        using var directory = new TempDirectory();
        var db = directory.File("missing.db");

        var result = await CliRunner.RunAsync("db", "check", db);

        AssertOneLineError(result, DatabaseExitCode, "does not exist");
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task DbBackup_CopiesTheData_AndRefusesAnExistingTarget()
    {
        using var directory = new TempDirectory();
        var db = await DemoDatabaseAsync(directory);
        var copy = directory.File("copy.db");

        var first = await CliRunner.RunAsync("db", "backup", db, copy);
        var second = await CliRunner.RunAsync("db", "backup", db, copy);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("backed up", first.StdOut, StringComparison.Ordinal);
        var export = await CliRunner.RunAsync("export", "products", "--db", copy);
        Assert.Equal(0, export.ExitCode);
        Assert.Equal(4, export.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        AssertOneLineError(second, OutputExitCode, "already exists");
    }

    [Fact]
    public async Task DbVacuum_HealthyDatabase_KeepsData()
    {
        using var directory = new TempDirectory();
        var db = await DemoDatabaseAsync(directory);

        var result = await CliRunner.RunAsync("db", "vacuum", db);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("vacuumed", result.StdOut, StringComparison.Ordinal);
        var export = await CliRunner.RunAsync("export", "products", "--db", db);
        Assert.Equal(4, export.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task DbVacuum_ForeignDatabase_RefusedUnchanged()
    {
        using var directory = new TempDirectory();
        var db = await ForeignDatabaseAsync(directory);
        var before = Hash(db);

        var result = await CliRunner.RunAsync("db", "vacuum", db);

        AssertOneLineError(result, DatabaseExitCode, "not a ShelfScout database");
        Assert.Equal(before, Hash(db));
    }

    [Fact]
    public async Task Export_ForeignDatabase_RefusedUnchanged()
    {
        using var directory = new TempDirectory();
        var db = await ForeignDatabaseAsync(directory);
        var before = Hash(db);

        var result = await CliRunner.RunAsync("export", "products", "--db", db);

        AssertOneLineError(result, DatabaseExitCode, "not a ShelfScout database");
        Assert.Empty(result.StdOut);
        Assert.Equal(before, Hash(db));
    }

    [Fact]
    public async Task Export_TruncatedDatabase_RefusedUnchanged()
    {
        using var directory = new TempDirectory();
        var db = await DemoDatabaseAsync(directory);
        Truncate(db);
        var before = Hash(db);

        var result = await CliRunner.RunAsync("export", "products", "--db", db);

        AssertOneLineError(result, DatabaseExitCode, "damaged");
        Assert.Equal(before, Hash(db));
    }

    [Theory]
    [InlineData("foreign")]
    [InlineData("random")]
    [InlineData("truncated")]
    public async Task Run_UnusableDatabase_RefusedUnchanged(string kind)
    {
        using var directory = new TempDirectory();
        var db = kind switch
        {
            "foreign" => await ForeignDatabaseAsync(directory),
            "random" => await RandomDatabaseAsync(directory),
            _ => Truncate(await DemoDatabaseAsync(directory)),
        };
        var before = Hash(db);
        await using var demo = await DemoStore.StartAsync(new DemoStoreOptions { ProductCount = 4 }, CancellationToken.None);

        var result = await CliRunner.RunAsync("run", "--url", demo.BaseUrl.AbsoluteUri, "--db", db, "--json");

        AssertOneLineError(result, DatabaseExitCode, "cannot open database");
        Assert.Equal(before, Hash(db));
    }

    [Fact]
    public async Task AfterACommand_DbFileAloneIsComplete()
    {
        using var directory = new TempDirectory();
        var db = await DemoDatabaseAsync(directory);
        var copy = directory.File("only-the-db-file.db");

        File.Copy(db, copy);

        var export = await CliRunner.RunAsync("export", "products", "--db", copy);
        Assert.Equal(0, export.ExitCode);
        Assert.Equal(4, export.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Help_ListsTheDbCommands()
    {
        var root = await CliRunner.RunAsync("--help");
        var db = await CliRunner.RunAsync("db", "--help");

        Assert.Contains("db check PATH, db vacuum PATH, db backup PATH DEST", root.StdOut, StringComparison.Ordinal);
        Assert.Equal(0, db.ExitCode);
        Assert.All(["check", "vacuum", "backup"], name => Assert.Contains(name, db.StdOut, StringComparison.Ordinal));
    }

    private static async Task<string> DemoDatabaseAsync(TempDirectory directory)
    {
        var db = directory.File("shelf.db");
        var demo = await CliRunner.RunAsync("demo", "--products", "4", "--db", db, "--json");
        Assert.Equal(0, demo.ExitCode);
        return db;
    }

    /// <summary>Another program's SQLite file: a table of its own, no application_id.</summary>
    private static async Task<string> ForeignDatabaseAsync(TempDirectory directory)
    {
        var db = directory.File("notes.db");
        await using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine');";
            await command.ExecuteNonQueryAsync();
        }

        return db;
    }

    private static async Task<string> RandomDatabaseAsync(TempDirectory directory)
    {
        var db = directory.File("random.db");
        await File.WriteAllBytesAsync(db, RandomNumberGenerator.GetBytes(8192));
        return db;
    }

    /// <summary>Cuts the file to half its length, as an interrupted copy leaves it.</summary>
    private static string Truncate(string db)
    {
        using (var stream = new FileStream(db, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.SetLength(stream.Length / 2);
        }

        return db;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static void AssertOneLineError(CliProcess.Result result, int exitCode, string expected)
    {
        Assert.Equal(exitCode, result.ExitCode);
        var lines = result.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("shelfscout: error:", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", result.StdErr, StringComparison.Ordinal);
    }
}
