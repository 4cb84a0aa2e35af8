using Npgsql;

namespace ShelfScout.Storage.Postgres;

/// <summary>
/// Connections of <see cref="PostgresShelfStore"/>: a write is one transaction on a pooled connection (READ COMMITTED;
/// a write that reads before it writes locks the row it depends on, so concurrent writers in any process serialise on
/// that row, not on the database); a read runs on its own pooled connection.
/// </summary>
internal sealed class StoreConnections(NpgsqlDataSource dataSource)
{
    public NpgsqlDataSource DataSource => dataSource;

    /// <summary>Runs <paramref name="work"/> in one transaction, committed when it returns (again, whole, when the server broke a deadlock with it).</summary>
    public Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        TransientRetry.RunAsync(() => WriteOnceAsync(work, cancellationToken), cancellationToken);

    private async Task<T> WriteOnceAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(connection, transaction).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Runs a read on its own pooled connection.</summary>
    public async Task<T> ReadAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await work(connection).ConfigureAwait(false);
    }

    /// <summary>Runs one statement outside any explicit transaction; returns the rows it changed.</summary>
    public Task<int> ExecuteAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken) =>
        TransientRetry.RunAsync(
            async () =>
            {
                await using var command = dataSource.CreateCommand(sql);
                bind(command);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>Reads every row of one query with <paramref name="map"/>.</summary>
    public async Task<List<T>> ListAsync<T>(string sql, Action<NpgsqlCommand> bind, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        bind(command);
        return await command.ListAsync(map, cancellationToken).ConfigureAwait(false);
    }
}
