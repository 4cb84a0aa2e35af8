using Npgsql;
using ShelfScout.Storage.Postgres;
using ShelfScout.Testing.Postgres;

namespace ShelfScout.Storage.Tests;

/// <summary>
/// A real deadlock on the real server: two writers lock two rows in opposite orders. PostgreSQL aborts one of them
/// (40P01); run through <see cref="TransientRetry"/>, the aborted one runs again as a new transaction and both writes land.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresTransientRetryTests
{
    [Fact]
    public async Task WritersLockingRowsInOppositeOrders_Deadlock_AndRetriedAsNewTransactions_BothLand()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await ExecuteAsync(database.ConnectionString, "CREATE TABLE pair (id integer PRIMARY KEY, hits integer NOT NULL); INSERT INTO pair VALUES (1, 0), (2, 0);");

        // Without the retry, the server's deadlock detector aborts one of the two: the test provokes a real deadlock.
        using var first = new Barrier(2);
        var bare = await Task.WhenAll(Capture(() => CrossWriteAsync(database.ConnectionString, 1, 2, first)), Capture(() => CrossWriteAsync(database.ConnectionString, 2, 1, first)));
        Assert.Single(bare, e => e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected });
        Assert.Single(bare, e => e is null);

        using var meeting = new Barrier(2);
        var attempts = new int[2];
        await Task.WhenAll(
            TransientRetry.RunAsync(() => { attempts[0]++; return CrossWriteAsync(database.ConnectionString, 1, 2, attempts[0] == 1 ? meeting : null); }, CancellationToken.None),
            TransientRetry.RunAsync(() => { attempts[1]++; return CrossWriteAsync(database.ConnectionString, 2, 1, attempts[1] == 1 ? meeting : null); }, CancellationToken.None));

        Assert.Equal(3, attempts.Sum());
        // One write of the bare pair landed, then both retried ones: every row was hit three times.
        Assert.Equal(6L, await ScalarAsync(database.ConnectionString, "SELECT SUM(hits)::bigint FROM pair;"));
    }

    /// <summary>Updates row <paramref name="first"/>, waits at <paramref name="meeting"/> until the other writer holds its first row too, then updates <paramref name="second"/>.</summary>
    private static async Task CrossWriteAsync(string connectionString, int first, int second, Barrier? meeting)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await UpdateAsync(connection, transaction, first);
        if (meeting is not null)
        {
            await Task.Run(() => meeting.SignalAndWait(TimeSpan.FromSeconds(30)));
        }

        await UpdateAsync(connection, transaction, second);
        await transaction.CommitAsync();
    }

    private static async Task UpdateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int id)
    {
        await using var command = new NpgsqlCommand("UPDATE pair SET hits = hits + 1 WHERE id = @id;", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<Exception?> Capture(Func<Task> write)
    {
        try
        {
            await write();
            return null;
        }
        catch (PostgresException exception)
        {
            return exception;
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
