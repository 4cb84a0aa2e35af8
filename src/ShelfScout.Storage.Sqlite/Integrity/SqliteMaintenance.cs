using Microsoft.Data.Sqlite;

namespace ShelfScout.Storage.Sqlite.Integrity;

/// <summary>
/// Whole-file operations on a ShelfScout SQLite database: check, vacuum, online backup. Database failures throw
/// <see cref="StoreUnavailableException"/>; a backup target that cannot be written throws <see cref="IOException"/>.
/// </summary>
public static class SqliteMaintenance
{
    private const int BusyTimeoutMilliseconds = 30_000;

    /// <summary>
    /// Runs <c>PRAGMA integrity_check</c> (or the faster <c>quick_check</c>, which skips index cross-checks) on a
    /// read-only connection and returns the problems found, at most <paramref name="maxProblems"/>; empty means ok.
    /// </summary>
    public static IReadOnlyList<string> Check(string path, bool quick, int maxProblems = 100)
    {
        var fullPath = Existing(path);
        try
        {
            using var connection = DatabaseIdentity.OpenReadOnly(fullPath);
            return IntegrityCheck.Run(connection, full: !quick, maxProblems);
        }
        catch (SqliteException exception)
        {
            throw StoreUnavailableException.ForPath(path, SqliteErrors.Describe(exception), exception);
        }
    }

    /// <summary>Rebuilds the file without free pages (<c>VACUUM</c>), then checkpoints; refuses a foreign, newer or damaged file.</summary>
    public static void Vacuum(string path)
    {
        var fullPath = Existing(path);
        try
        {
            DatabaseIdentity.Inspect(fullPath, path);
            var builder = new SqliteConnectionStringBuilder { DataSource = fullPath, Mode = SqliteOpenMode.ReadWrite, Pooling = false };
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; VACUUM; PRAGMA wal_checkpoint(TRUNCATE);";
            command.CommandTimeout = 0;
            command.ExecuteNonQuery();
        }
        catch (SqliteException exception)
        {
            throw StoreUnavailableException.ForPath(path, SqliteErrors.Describe(exception), exception);
        }
    }

    /// <summary>
    /// Copies the database to <paramref name="destination"/> with SQLite's online backup API: a consistent snapshot
    /// even while another process writes (under WAL the backup's read does not block writers). The copy is written
    /// beside the destination and moved into place only once complete and checked, so a failure leaves no half file.
    /// </summary>
    public static void Backup(string path, string destination)
    {
        var fullPath = Existing(path);
        var target = System.IO.Path.GetFullPath(destination);
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new IOException($"backup target '{destination}' already exists; give a new file name");
        }

        var folder = System.IO.Path.GetDirectoryName(target);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new IOException($"backup target '{destination}': folder '{folder}' does not exist");
        }

        SqliteConnection source;
        try
        {
            DatabaseIdentity.Inspect(fullPath, path);
            source = DatabaseIdentity.OpenReadOnly(fullPath);
        }
        catch (SqliteException exception)
        {
            throw StoreUnavailableException.ForPath(path, SqliteErrors.Describe(exception), exception);
        }

        var partial = target + ".partial";
        try
        {
            using (source)
            {
                var builder = new SqliteConnectionStringBuilder { DataSource = partial, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
                using var copy = new SqliteConnection(builder.ToString());
                copy.Open();
                source.BackupDatabase(copy);
                if (IntegrityCheck.Run(copy, full: false, maxProblems: 1) is [var problem, ..])
                {
                    throw new IOException($"backup '{destination}' failed its check: {problem}");
                }
            }

            File.Move(partial, target);
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            TryDelete(partial);
            var reason = exception is SqliteException sqlite ? SqliteErrors.Describe(sqlite) : exception.Message;
            throw new IOException($"cannot write backup '{destination}': {reason}", exception);
        }
    }

    private static string Existing(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw StoreUnavailableException.ForPath(path, "the path is a directory");
        }

        return File.Exists(fullPath) ? fullPath : throw new StoreUnavailableException($"database '{path}' does not exist");
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: the failure being reported matters more than a leftover .partial file.
        }
    }
}
