using System.Globalization;
using System.Reflection;
using Npgsql;

namespace ShelfScout.Storage.Postgres.Migrations;

/// <summary>
/// The PostgreSQL schema scripts (<c>Migrations/NNNN_name.sql</c>, embedded), applied in order, one transaction each,
/// under an advisory lock so that several processes opening one database at once migrate it once.
/// </summary>
internal static class PostgresMigrations
{
    private const string ResourcePrefix = "ShelfScout.Storage.Postgres.Migrations.";

    /// <summary>An arbitrary constant (the ASCII bytes of "SHLF") naming ShelfScout's migration lock.</summary>
    private const long LockKey = 0x53484C46;

    private static readonly Lazy<IReadOnlyList<(int Version, string Name, string Sql)>> Loaded = new(Load);

    public static int CurrentVersion => Loaded.Value[^1].Version;

    public static async Task<int> MigrateAsync(NpgsqlDataSource dataSource, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "SELECT pg_advisory_lock(@key);", cancellationToken, ("key", LockKey)).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(
                connection,
                null,
                "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL);",
                cancellationToken).ConfigureAwait(false);
            var version = await GetVersionAsync(connection, cancellationToken).ConfigureAwait(false);
            if (version > CurrentVersion)
            {
                throw new StoreUnavailableException(
                    string.Create(CultureInfo.InvariantCulture, $"database schema version {version} is newer than this ShelfScout supports ({CurrentVersion})"));
            }

            foreach (var (number, name, sql) in Loaded.Value.Where(m => m.Version > version))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, sql, cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(
                    connection,
                    transaction,
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at);",
                    cancellationToken,
                    ("version", number),
                    ("name", name),
                    ("at", timeProvider.GetUtcNow())).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return await GetVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ExecuteAsync(connection, null, "SELECT pg_advisory_unlock(@key);", CancellationToken.None, ("key", LockKey)).ConfigureAwait(false);
        }
    }

    private static async Task<int> GetVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IReadOnlyList<(int Version, string Name, string Sql)> Load()
    {
        var assembly = typeof(PostgresMigrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(migration => migration.Version)
            .ToList();
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"PostgreSQL migrations must be numbered 1..N without gaps; found '{migrations[i].Name}' at position {i + 1}.");
            }
        }

        return migrations.Count > 0 ? migrations : throw new InvalidOperationException("No PostgreSQL migrations are embedded.");
    }

    private static (int Version, string Name, string Sql) Read(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[ResourcePrefix.Length..^".sql".Length];
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(fileName.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"PostgreSQL migration '{fileName}' is not named NNNN_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return (version, fileName, reader.ReadToEnd());
    }
}
