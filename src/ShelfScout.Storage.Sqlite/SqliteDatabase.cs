using Microsoft.Data.Sqlite;
using ShelfScout.Storage.Sqlite.Integrity;
using ShelfScout.Storage.Sqlite.Migrations;

namespace ShelfScout.Storage.Sqlite;

/// <summary>
/// Connections to one SQLite file. All writes go through a single long-lived writer connection guarded by a
/// <see cref="SemaphoreSlim"/>, so parallel agents queue in-process instead of fighting over SQLite's file lock;
/// reads use pooled read-only connections and run concurrently with the writer under WAL.
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    private const int BusyTimeoutMilliseconds = 30_000;

    /// <summary>How long the closing checkpoint waits for another process's readers; past it the data stays safe in the WAL.</summary>
    private const int CheckpointBusyTimeoutMilliseconds = 2_000;

    private readonly string _readConnectionString;
    private readonly SqliteConnection _writer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    private SqliteDatabase(string path, string readConnectionString, SqliteConnection writer)
    {
        Path = path;
        _readConnectionString = readConnectionString;
        _writer = writer;
    }

    public string Path { get; }

    /// <summary>
    /// Creates the file and its directory when missing and opens the writer connection in WAL mode. An existing file is
    /// inspected first on a read-only connection (<see cref="DatabaseIdentity"/>), so a foreign, newer or damaged
    /// database is refused before the journal-mode switch or any other write touches it.
    /// </summary>
    public static async Task<SqliteDatabase> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw StoreUnavailableException.ForPath(path, "the path is a directory");
        }

        var directory = System.IO.Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        if (File.Exists(fullPath))
        {
            DatabaseIdentity.Inspect(fullPath, path);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        };
        var writer = new SqliteConnection(builder.ToString());
        try
        {
            await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragmas = writer.CreateCommand();
            // journal_mode is the first statement that reads the file, so a corrupt file fails here.
            pragmas.CommandText = $"""
                PRAGMA busy_timeout = {BusyTimeoutMilliseconds};
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                """;
            pragmas.ExecuteNonQuery();
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        builder.Mode = SqliteOpenMode.ReadOnly;
        builder.Pooling = true;
        builder.ForeignKeys = null;
        return new SqliteDatabase(path, builder.ToString(), writer);
    }

    /// <summary>Runs the schema migrations on the writer connection.</summary>
    public async Task<int> MigrateAsync(TimeProvider timeProvider, int? targetVersion, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return MigrationRunner.Migrate(_writer, timeProvider, targetVersion);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> in one short IMMEDIATE transaction, committed when it returns.</summary>
    public async Task<T> WriteAsync<T>(Func<WriteSession, T> work, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var transaction = _writer.BeginTransaction(deferred: false);
            var result = work(new WriteSession(_writer, transaction, _commands));
            transaction.Commit();
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Opens a pooled read-only connection; the caller disposes it.</summary>
    public async Task<SqliteConnection> OpenReadAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_readConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs a short read on its own pooled connection.</summary>
    public async Task<T> ReadAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        var connection = await OpenReadAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return work(connection);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            foreach (var command in _commands.Values)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }

            _commands.Clear();

            // Readers first: the last connection to close is then the writer, which can checkpoint (a read-only
            // connection cannot, and used to leave every change in the -wal file with a 4 KB .db beside it).
            using (var pooled = new SqliteConnection(_readConnectionString))
            {
                SqliteConnection.ClearPool(pooled);
            }

            Checkpoint();
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Copies the WAL into the .db file and empties it, so the .db file alone holds every committed change.</summary>
    private void Checkpoint()
    {
        try
        {
            using var command = _writer.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {CheckpointBusyTimeoutMilliseconds}; PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // Closing must not fail: every change is already committed in the WAL, and the next open (or the last
            // process to close) checkpoints it. Another process keeping the database busy is the usual reason.
        }
    }
}
