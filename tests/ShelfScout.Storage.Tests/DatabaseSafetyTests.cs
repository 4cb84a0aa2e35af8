using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Storage.Sqlite.Integrity;
using ShelfScout.Storage.Sqlite.Migrations;

namespace ShelfScout.Storage.Tests;

/// <summary>Only ShelfScout's own, healthy databases are opened; everything else is refused before a byte is written.</summary>
public sealed class DatabaseSafetyTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Close_CheckpointsWal_DbFileAloneHoldsTheData()
    {
        using var directory = new TempDirectory();
        var path = directory.File("shelf.db");
        await using (var store = await SqliteShelfStore.OpenAsync(path, TimeProvider.System, None))
        {
            var retailer = await store.UpsertRetailerAsync("Acme", new Uri("http://127.0.0.1/"), None);
            await store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/1", StoreHarness.Product("Kettle", "K-1"), StoreHarness.Start, None);
            Assert.NotEmpty(await store.GetProductRefsAsync(retailer.Id, None)); // a pooled reader was used too
        }

        var copy = directory.File("copy.db");
        File.Copy(path, copy);
        Assert.False(File.Exists(copy + "-wal"));

        Assert.Equal(1, await ScalarAsync(copy, "SELECT COUNT(*) FROM products;"));
        Assert.Equal("Acme", await TextAsync(copy, "SELECT name FROM retailers;"));
    }

    [Fact]
    public async Task Create_StampsApplicationIdAndUserVersion()
    {
        using var directory = new TempDirectory();
        var path = directory.File("shelf.db");
        await (await SqliteShelfStore.OpenAsync(path, TimeProvider.System, None)).DisposeAsync();

        Assert.Equal(DatabaseIdentity.ApplicationId, await ScalarAsync(path, "PRAGMA application_id;"));
        Assert.Equal(SchemaMigrations.CurrentVersion, await ScalarAsync(path, "PRAGMA user_version;"));
    }

    [Fact]
    public async Task Open_LegacyShelfScoutDatabaseWithoutApplicationId_IsKeptAndStamped()
    {
        using var directory = new TempDirectory();
        var path = directory.File("legacy.db");
        await using (var store = await SqliteShelfStore.OpenAsync(path, TimeProvider.System, None))
        {
            await store.UpsertRetailerAsync("Legacy", new Uri("http://127.0.0.1/"), None);
        }

        await ExecuteAsync(path, "PRAGMA application_id = 0; PRAGMA user_version = 0;");

        await using (var reopened = await SqliteShelfStore.OpenAsync(path, TimeProvider.System, None))
        {
            Assert.Equal("Legacy", Assert.Single(await reopened.GetRetailersAsync(None)).Name);
        }

        Assert.Equal(DatabaseIdentity.ApplicationId, await ScalarAsync(path, "PRAGMA application_id;"));
    }

    [Fact]
    public async Task Open_OtherApplicationsSqliteFile_RefusedAndUnchanged()
    {
        using var directory = new TempDirectory();
        var path = directory.File("notes.db");
        await ExecuteAsync(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me');");
        var before = Hash(path);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => SqliteShelfStore.OpenAsync(path, TimeProvider.System, None));

        Assert.Equal($"cannot open database '{path}': not a ShelfScout database (application_id 0, tables notes); it was left unchanged", error.Message);
        Assert.Equal(before, Hash(path));
        Assert.False(File.Exists(path + "-wal"));
        Assert.Equal(0, await ScalarAsync(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_version';"));
    }

    [Fact]
    public async Task Open_EmptyFileOfAnotherApplicationId_Refused()
    {
        using var directory = new TempDirectory();
        var path = directory.File("other.db");
        await ExecuteAsync(path, "PRAGMA application_id = 1234;");
        var before = Hash(path);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => SqliteShelfStore.OpenAsync(path, TimeProvider.System, None));

        Assert.Contains("application_id 1234", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task Open_RandomBytes_RefusedAndUnchanged()
    {
        using var directory = new TempDirectory();
        var path = directory.File("random.db");
        await File.WriteAllBytesAsync(path, RandomNumberGenerator.GetBytes(8192));
        var before = Hash(path);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => SqliteShelfStore.OpenAsync(path, TimeProvider.System, None));

        Assert.Equal($"cannot open database '{path}': file is not a database", error.Message);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task Open_TruncatedShelfScoutDatabase_RefusedAsDamagedAndUnchanged()
    {
        using var directory = new TempDirectory();
        var path = await TruncatedDatabaseAsync(directory);
        var before = Hash(path);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => SqliteShelfStore.OpenAsync(path, TimeProvider.System, None));

        Assert.StartsWith($"cannot open database '{path}': the file is damaged (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("); it was left unchanged", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(before, Hash(path));
        // The read-only look at a WAL-mode file may leave an empty -wal beside it; nothing may be written into it.
        Assert.True(!File.Exists(path + "-wal") || new FileInfo(path + "-wal").Length == 0);
    }

    [Fact]
    public async Task Open_FutureSchemaVersion_RefusedAndUnchanged()
    {
        using var directory = new TempDirectory();
        var path = directory.File("future.db");
        await (await SqliteShelfStore.OpenAsync(path, TimeProvider.System, None)).DisposeAsync();
        await ExecuteAsync(path, $"PRAGMA user_version = {SchemaMigrations.CurrentVersion + 1};");
        var before = Hash(path);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => SqliteShelfStore.OpenAsync(path, TimeProvider.System, None));

        Assert.Contains($"schema version {SchemaMigrations.CurrentVersion + 1} is newer", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task Check_HealthyDatabase_NoProblems_TruncatedDatabase_Problems()
    {
        using var directory = new TempDirectory();
        var healthy = directory.File("healthy.db");
        await (await SqliteShelfStore.OpenAsync(healthy, TimeProvider.System, None)).DisposeAsync();
        var damaged = await TruncatedDatabaseAsync(directory);
        var before = Hash(damaged);

        Assert.Empty(SqliteMaintenance.Check(healthy, quick: false));
        Assert.NotEmpty(SqliteMaintenance.Check(damaged, quick: false));
        Assert.NotEmpty(SqliteMaintenance.Check(damaged, quick: true));
        Assert.Equal(before, Hash(damaged));
    }

    [Fact]
    public async Task Vacuum_ShrinksAfterDeletes_KeepsData()
    {
        using var directory = new TempDirectory();
        var path = directory.File("shelf.db");
        await using (var store = await SqliteShelfStore.OpenAsync(path, TimeProvider.System, None))
        {
            var retailer = await store.UpsertRetailerAsync("Acme", new Uri("http://127.0.0.1/"), None);
            for (var i = 0; i < 300; i++)
            {
                await store.UpsertProductAsync(retailer.Id, $"http://127.0.0.1/p/{i}", StoreHarness.Product(new string('x', 500) + i), StoreHarness.Start, None);
            }
        }

        await ExecuteAsync(path, "PRAGMA foreign_keys = OFF; DELETE FROM products WHERE id > 1;");
        await (await SqliteShelfStore.OpenAsync(path, TimeProvider.System, None)).DisposeAsync();
        var sizeBefore = new FileInfo(path).Length;

        SqliteMaintenance.Vacuum(path);

        Assert.True(new FileInfo(path).Length < sizeBefore, $"{new FileInfo(path).Length} < {sizeBefore}");
        Assert.Equal(1, await ScalarAsync(path, "SELECT COUNT(*) FROM products;"));
    }

    [Fact]
    public async Task Backup_WhileAnotherConnectionWrites_CopyIsCompleteAndHealthy()
    {
        using var directory = new TempDirectory();
        var path = directory.File("shelf.db");
        var copy = directory.File("backup.db");
        await using (var store = await SqliteShelfStore.OpenAsync(path, TimeProvider.System, None))
        {
            var retailer = await store.UpsertRetailerAsync("Acme", new Uri("http://127.0.0.1/"), None);
            await store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/1", StoreHarness.Product("Kettle"), StoreHarness.Start, None);

            // The store stays open with its data in the WAL: the backup must still see it.
            SqliteMaintenance.Backup(path, copy);
            await store.UpsertProductAsync(retailer.Id, "http://127.0.0.1/p/2", StoreHarness.Product("Toaster"), StoreHarness.Start, None);
        }

        Assert.Equal(1, await ScalarAsync(copy, "SELECT COUNT(*) FROM products;"));
        Assert.Empty(SqliteMaintenance.Check(copy, quick: false));
        Assert.Equal(DatabaseIdentity.ApplicationId, await ScalarAsync(copy, "PRAGMA application_id;"));
        Assert.False(File.Exists(copy + ".partial"));
    }

    [Fact]
    public async Task Backup_ExistingTarget_RefusedAndTargetUnchanged()
    {
        using var directory = new TempDirectory();
        var path = directory.File("shelf.db");
        var target = directory.File("taken.db");
        await (await SqliteShelfStore.OpenAsync(path, TimeProvider.System, None)).DisposeAsync();
        await File.WriteAllTextAsync(target, "precious");

        var error = Assert.Throws<IOException>(() => SqliteMaintenance.Backup(path, target));

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal("precious", await File.ReadAllTextAsync(target));
    }

    /// <summary>A real ShelfScout database with data, closed, then cut to half its length (as a failed copy leaves it).</summary>
    internal static async Task<string> TruncatedDatabaseAsync(TempDirectory directory)
    {
        var path = directory.File("truncated.db");
        await using (var store = await SqliteShelfStore.OpenAsync(path, TimeProvider.System, None))
        {
            var retailer = await store.UpsertRetailerAsync("Acme", new Uri("http://127.0.0.1/"), None);
            for (var i = 0; i < 50; i++)
            {
                await store.UpsertProductAsync(retailer.Id, $"http://127.0.0.1/p/{i}", StoreHarness.Product(new string('k', 300) + i), StoreHarness.Start, None);
            }
        }

        await using (var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.SetLength(stream.Length / 2);
        }

        return path;
    }

    internal static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var raw = new SqliteConnection($"Data Source={path};Pooling=False");
        await raw.OpenAsync();
        using var command = raw.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string path, string sql)
    {
        await using var raw = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await raw.OpenAsync();
        using var command = raw.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string?> TextAsync(string path, string sql)
    {
        await using var raw = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await raw.OpenAsync();
        using var command = raw.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }
}
