using Microsoft.Data.Sqlite;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Sqlite.Catalog;

/// <summary>Retailers, keyed by name (case-insensitive).</summary>
internal sealed class RetailerQueries(SqliteDatabase database, TimeProvider timeProvider)
{
    private const string Columns = "id, name, base_url, created_at";

    private const string UpsertSql = $"""
        INSERT INTO retailers (name, base_url, created_at) VALUES ($name, $baseUrl, $createdAt)
        ON CONFLICT (name) DO UPDATE SET base_url = excluded.base_url
        RETURNING {Columns};
        """;

    public Task<RetailerRecord> UpsertAsync(string name, Uri baseUrl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var createdAt = timeProvider.GetUtcNow();
        return database.WriteAsync(
            session =>
            {
                var command = session.Command(UpsertSql)
                    .Bind("$name", name.Trim())
                    .Bind("$baseUrl", baseUrl.AbsoluteUri)
                    .Bind("$createdAt", createdAt);
                using var reader = command.ExecuteReader();
                reader.Read();
                return Map(reader);
            },
            cancellationToken);
    }

    public Task<RetailerRecord?> FindAsync(long id, CancellationToken cancellationToken) =>
        database.ReadAsync(
            connection => QuerySingle(connection, $"SELECT {Columns} FROM retailers WHERE id = $key;", id),
            cancellationToken);

    public Task<RetailerRecord?> FindByNameAsync(string name, CancellationToken cancellationToken) =>
        database.ReadAsync(
            connection => QuerySingle(connection, $"SELECT {Columns} FROM retailers WHERE name = $key;", name.Trim()),
            cancellationToken);

    public Task<IReadOnlyList<RetailerRecord>> GetAllAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<RetailerRecord>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {Columns} FROM retailers ORDER BY id;";
                using var reader = command.ExecuteReader();
                var retailers = new List<RetailerRecord>();
                while (reader.Read())
                {
                    retailers.Add(Map(reader));
                }

                return retailers;
            },
            cancellationToken);

    private static RetailerRecord? QuerySingle(SqliteConnection connection, string sql, object key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Bind("$key", key);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Map(reader) : null;
    }

    private static RetailerRecord Map(SqliteDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetTime(3));
}
