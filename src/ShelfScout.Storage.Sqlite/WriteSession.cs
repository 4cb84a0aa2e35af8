using Microsoft.Data.Sqlite;

namespace ShelfScout.Storage.Sqlite;

/// <summary>
/// One write transaction on the store's single writer connection. Commands are cached per SQL text for the
/// connection's lifetime, so the hot path re-binds already prepared statements instead of re-parsing SQL.
/// </summary>
internal sealed class WriteSession(SqliteConnection connection, SqliteTransaction transaction, Dictionary<string, SqliteCommand> cache)
{
    /// <summary>The cached command for <paramref name="sql"/>, enlisted in this transaction with no parameters bound.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!cache.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            cache.Add(sql, command);
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }
}
