using Microsoft.Data.Sqlite;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Storage.Sqlite.Migrations;

namespace ShelfScout.Storage.Tests;

public sealed class MigrationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public void Migrations_AreNumberedFromOneWithoutGaps()
    {
        var versions = SchemaMigrations.All.Select(m => m.Version).ToList();

        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
        Assert.True(SchemaMigrations.CurrentVersion >= 2, "the upgrade test needs at least two versions");
        // Every script changes the schema (creates or alters something), none is empty or a comment only.
        Assert.All(SchemaMigrations.All, m => Assert.True(
            m.Sql.Contains("CREATE", StringComparison.OrdinalIgnoreCase) || m.Sql.Contains("ALTER TABLE", StringComparison.OrdinalIgnoreCase),
            $"migration {m.Version} neither creates nor alters anything"));
    }

    [Fact]
    public async Task Open_DatabaseAtVersion1_UpgradesToCurrentAndKeepsData()
    {
        using var directory = new TempDirectory();
        var path = directory.File("old.db");
        long retailerId;
        long productId;
        await using (var old = await SqliteShelfStore.OpenAsync(path, TimeProvider.System, targetVersion: 1, None))
        {
        }

        // Rows written the way version 1 wrote them (today's code writes columns version 1 does not have).
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(None);
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO retailers (name, base_url, created_at) VALUES ('Legacy', 'http://127.0.0.1/', '2026-03-01T09:30:00.0000000Z');
                INSERT INTO products (retailer_id, url, name, first_seen, last_seen) VALUES (1, 'http://127.0.0.1/p/1', 'Old kettle', '2026-03-01T09:30:00.0000000Z', '2026-03-01T09:30:00.0000000Z');
                """;
            await command.ExecuteNonQueryAsync(None);
            (retailerId, productId) = (1, 1);
        }

        Assert.Equal(1, await ReadVersionAsync(path));
        Assert.False(await TableExistsAsync(path, "runs"));

        await using var store = await SqliteShelfStore.OpenAsync(path, TimeProvider.System, None);

        Assert.Equal(SchemaMigrations.CurrentVersion, await ReadVersionAsync(path));
        var product = Assert.Single(await store.GetProductRefsAsync(retailerId, None));
        Assert.Equal((productId, "Old kettle"), (product.Id, product.Name));
        Assert.Equal(retailerId, (await store.UpsertRetailerAsync("Legacy", new Uri("http://127.0.0.1/"), None)).Id);
        var runId = await store.StartRunAsync(retailerId, StoreHarness.Start, "{}", null, None);
        await store.RecordRunErrorAsync(runId, new RunError(Stage.Products, "http://127.0.0.1/p/2", "timeout", StoreHarness.Start), None);
        Assert.Single(await store.GetRunErrorsAsync(runId, None));
    }

    [Fact]
    public async Task Initialize_OnCurrentDatabase_IsANoOp()
    {
        await using var harness = await StoreHarness.CreateAsync();
        await harness.AddRetailerAsync();

        await harness.Store.InitializeAsync(None);
        await harness.ReopenAsync();

        Assert.Equal(SchemaMigrations.CurrentVersion, await CountAsync(harness.DatabasePath, "SELECT COUNT(*) FROM schema_version;"));
        Assert.Single(await harness.Store.GetRetailersAsync(None));
    }

    private static async Task<long> ReadVersionAsync(string path) =>
        await CountAsync(path, "SELECT MAX(version) FROM schema_version;");

    private static async Task<bool> TableExistsAsync(string path, string table) =>
        await CountAsync(path, $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}';") == 1;

    private static async Task<long> CountAsync(string path, string sql)
    {
        await using var raw = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await raw.OpenAsync();
        using var command = raw.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
