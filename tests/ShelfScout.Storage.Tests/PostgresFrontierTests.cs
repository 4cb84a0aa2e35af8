using Npgsql;
using ShelfScout.Storage.Frontier;
using ShelfScout.Storage.Postgres.Frontier;
using ShelfScout.Testing.Postgres;

namespace ShelfScout.Storage.Tests;

/// <summary>The frontier contract on a real PostgreSQL server (a fresh database per test).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresFrontierTests : FrontierContractTests
{
    protected override async Task<(ICrawlFrontier Store, long RetailerId, IAsyncDisposable Cleanup)> CreateAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        var frontier = await PostgresCrawlFrontier.OpenAsync(database.ConnectionString, TimeProvider.System, CancellationToken.None);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("INSERT INTO retailers (name, base_url) VALUES ('Acme', 'http://127.0.0.1/acme/') RETURNING id;", connection);
        var retailer = (long)(await insert.ExecuteScalarAsync())!;
        return (frontier, retailer, new Cleanup(frontier, database));
    }

    private sealed class Cleanup(PostgresCrawlFrontier frontier, PostgresDatabase database) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await frontier.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
