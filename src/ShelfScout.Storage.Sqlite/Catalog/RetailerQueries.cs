using Microsoft.Data.Sqlite;
using ShelfScout.Domain.Sites;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Sqlite.Catalog;

/// <summary>
/// Retailers. A retailer is its start URL's origin and path prefix (<see cref="SiteIdentity.RetailerKey"/>); its name
/// (case-insensitive) is how people refer to it. The same store under another name is the same retailer; a known name
/// with another store's URL is an error.
/// </summary>
internal sealed class RetailerQueries(SqliteDatabase database, TimeProvider timeProvider)
{
    private const string Columns = "id, name, base_url, created_at";

    private const string InsertSql = $"""
        INSERT INTO retailers (name, base_url, created_at, site_key) VALUES ($name, $baseUrl, $createdAt, $siteKey)
        RETURNING {Columns};
        """;

    private const string BySiteSql = $"SELECT {Columns} FROM retailers WHERE site_key = $key;";

    private const string ByNameSql = $"SELECT {Columns}, site_key FROM retailers WHERE name = $key;";

    private const string ClaimSiteSql = "UPDATE retailers SET site_key = $siteKey, base_url = $baseUrl WHERE id = $id;";

    public Task<RetailerRecord> UpsertAsync(string name, Uri baseUrl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var createdAt = timeProvider.GetUtcNow();
        var siteKey = SiteIdentity.RetailerKey(baseUrl);
        return database.WriteAsync(
            session =>
            {
                using (var reader = session.Command(BySiteSql).Bind("$key", siteKey).ExecuteReader())
                {
                    if (reader.Read())
                    {
                        return Map(reader);
                    }
                }

                RetailerRecord? named = null;
                string? namedKey = null;
                using (var reader = session.Command(ByNameSql).Bind("$key", name.Trim()).ExecuteReader())
                {
                    if (reader.Read())
                    {
                        named = Map(reader);
                        namedKey = reader.GetStringOrNull(4) ?? SiteIdentity.RetailerKey(new Uri(named.BaseUrl));
                    }
                }

                if (named is not null)
                {
                    if (!string.Equals(namedKey, siteKey, StringComparison.Ordinal))
                    {
                        throw new RetailerConflictException(
                            $"retailer '{named.Name}' is {named.BaseUrl}, not {baseUrl.AbsoluteUri}; give this store another name");
                    }

                    // A retailer stored before retailers had a site key takes it now.
                    session.Command(ClaimSiteSql).Bind("$siteKey", siteKey).Bind("$baseUrl", baseUrl.AbsoluteUri).Bind("$id", named.Id).ExecuteNonQuery();
                    return named with { BaseUrl = baseUrl.AbsoluteUri };
                }

                using var inserted = session.Command(InsertSql)
                    .Bind("$name", name.Trim())
                    .Bind("$baseUrl", baseUrl.AbsoluteUri)
                    .Bind("$createdAt", createdAt)
                    .Bind("$siteKey", siteKey)
                    .ExecuteReader();
                inserted.Read();
                return Map(inserted);
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
