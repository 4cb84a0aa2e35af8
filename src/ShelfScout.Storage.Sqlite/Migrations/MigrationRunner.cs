using System.Globalization;
using Microsoft.Data.Sqlite;
using ShelfScout.Storage.Sqlite.Integrity;

namespace ShelfScout.Storage.Sqlite.Migrations;

/// <summary>Brings a database up to a schema version, one migration per transaction, recording each in <c>schema_version</c>.</summary>
internal static class MigrationRunner
{
    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    /// <summary>Reads the version the database is at (0 for an empty database).</summary>
    public static int GetVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Applies every migration above the database's version up to <paramref name="targetVersion"/> (default: all).
    /// Safe when several processes open the same file at once: the version is re-read inside each write transaction.
    /// </summary>
    public static int Migrate(SqliteConnection connection, TimeProvider timeProvider, int? targetVersion = null)
    {
        var migrations = SchemaMigrations.All;
        var target = targetVersion ?? SchemaMigrations.CurrentVersion;

        using (var create = connection.CreateCommand())
        {
            create.CommandText = CreateVersionTable;
            create.ExecuteNonQuery();
        }

        var version = GetVersion(connection);
        if (version > SchemaMigrations.CurrentVersion)
        {
            throw new StoreUnavailableException(
                $"database schema version {version} is newer than this ShelfScout supports ({SchemaMigrations.CurrentVersion})");
        }

        foreach (var migration in migrations.Where(m => m.Version > version && m.Version <= target))
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            if (GetVersion(connection, transaction) >= migration.Version)
            {
                continue;
            }

            using (var apply = connection.CreateCommand())
            {
                apply.Transaction = transaction;
                apply.CommandText = migration.Sql;
                apply.ExecuteNonQuery();
            }

            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at);";
                record.Parameters.AddWithValue("$version", migration.Version);
                record.Parameters.AddWithValue("$name", migration.Name);
                record.Parameters.AddWithValue("$at", SqliteValues.Time(timeProvider.GetUtcNow()));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var reached = GetVersion(connection);
        Stamp(connection, reached);
        return reached;
    }

    /// <summary>
    /// Marks the file as ShelfScout's (<c>application_id</c>) at its schema version (<c>user_version</c>), so other
    /// tools and later builds can tell what it is from the header alone. Databases from builds before the stamp
    /// (application_id 0) get it here, the first time this build opens them.
    /// </summary>
    private static void Stamp(SqliteConnection connection, int version)
    {
        if (Pragma(connection, "application_id") == DatabaseIdentity.ApplicationId && Pragma(connection, "user_version") == version)
        {
            return;
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        using var stamp = connection.CreateCommand();
        stamp.Transaction = transaction;
        stamp.CommandText = FormattableString.Invariant(
            $"PRAGMA application_id = {DatabaseIdentity.ApplicationId}; PRAGMA user_version = {version};");
        stamp.ExecuteNonQuery();
        transaction.Commit();
    }

    private static long Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
