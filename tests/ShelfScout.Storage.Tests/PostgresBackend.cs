using ShelfScout.Storage.Postgres;
using ShelfScout.Testing.Postgres;

namespace ShelfScout.Storage.Tests;

/// <summary>
/// The PostgreSQL store on the shared test server, a database of its own per test. Databases are copies of one
/// migrated template (made once per test process), so a test pays for a <c>CREATE DATABASE</c>, not for the migrations.
/// </summary>
public sealed class PostgresBackend : StoreBackend
{
    private static readonly Lazy<Task<PostgresDatabase>> Template = new(CreateTemplateAsync);

    internal override async Task<(string Location, IAsyncDisposable Database)> CreateAsync()
    {
        var template = await Template.Value;
        var database = await PostgresDatabase.CopyOfAsync(template.Name);
        return (database.ConnectionString, database);
    }

    internal override async Task<IShelfStore> OpenAsync(string location, TimeProvider time) =>
        await PostgresShelfStore.OpenAsync(location, time, CancellationToken.None);

    internal override async Task<object?> ScalarAsync(string location, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(location);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<PostgresDatabase> CreateTemplateAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        await using (await PostgresShelfStore.OpenAsync(database.ConnectionString, TimeProvider.System, CancellationToken.None))
        {
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
        return database;
    }
}
