using System.Globalization;
using Microsoft.Data.Sqlite;
using ShelfScout.Storage.Sqlite.Migrations;

namespace ShelfScout.Storage.Sqlite.Integrity;

/// <summary>
/// Decides, on a read-only connection and before anything is written, whether an existing file may be opened as a
/// ShelfScout store: it must be ours (or empty), not from a newer build, and pass <c>PRAGMA quick_check</c>.
/// </summary>
internal static class DatabaseIdentity
{
    /// <summary>
    /// <c>PRAGMA application_id</c> of every ShelfScout database: the ASCII bytes "SHLF" (0x53484C46), stored in the
    /// file header at offset 68 so tools such as <c>file(1)</c> and other programs can tell the file is ours.
    /// </summary>
    public const int ApplicationId = 0x53484C46;

    /// <summary>The migrations table; with <c>retailers</c> it marks a database made before the application_id was set.</summary>
    public const string MigrationTable = "schema_version";

    /// <summary>Throws <see cref="StoreUnavailableException"/> (or a <see cref="SqliteException"/> for a file that is not a database) when <paramref name="fullPath"/> must not be opened.</summary>
    public static void Inspect(string fullPath, string displayPath)
    {
        using var connection = OpenReadOnly(fullPath);
        var applicationId = Scalar(connection, "PRAGMA application_id;");
        var tables = Tables(connection);
        if (tables.Count == 0 && applicationId is 0 or ApplicationId)
        {
            return; // a new, empty file: ours to create the schema in
        }

        var legacy = applicationId == 0 && tables.Contains(MigrationTable) && tables.Contains("retailers");
        if (applicationId != ApplicationId && !legacy)
        {
            var shown = string.Join(", ", tables.Order(StringComparer.Ordinal).Take(3)) + (tables.Count > 3 ? ", ..." : string.Empty);
            var tableText = tables.Count == 0 ? "no tables" : $"tables {shown}";
            throw StoreUnavailableException.ForPath(
                displayPath,
                $"not a ShelfScout database (application_id {applicationId}, {tableText}); it was left unchanged");
        }

        var version = Math.Max(Scalar(connection, "PRAGMA user_version;"),
            tables.Contains(MigrationTable) ? Scalar(connection, $"SELECT COALESCE(MAX(version), 0) FROM {MigrationTable};") : 0);
        if (version > SchemaMigrations.CurrentVersion)
        {
            throw StoreUnavailableException.ForPath(
                displayPath,
                $"database schema version {version} is newer than this ShelfScout supports ({SchemaMigrations.CurrentVersion}); it was left unchanged");
        }

        // quick_check reads every page once (O(N), no index cross-checks); at this project's sizes (tens of MB) that
        // is well under a second, a fair price for never writing into a damaged file. A multi-GB store would want
        // this moved to 'shelfscout db check' only.
        var problems = IntegrityCheck.Run(connection, full: false, maxProblems: 1);
        if (problems.Count > 0)
        {
            throw StoreUnavailableException.ForPath(displayPath, $"the file is damaged ({problems[0]}); it was left unchanged");
        }
    }

    /// <summary>A plain read-only connection: it never creates the file, switches the journal mode or writes a page.</summary>
    public static SqliteConnection OpenReadOnly(string fullPath)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static HashSet<string> Tables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\';";
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
