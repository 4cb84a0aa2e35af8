using Npgsql;
using ShelfScout.Domain.Sites;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Postgres.Catalog;

/// <summary>
/// Retailers, as SQLite's: a retailer is its start URL's origin and path prefix (<see cref="SiteIdentity.RetailerKey"/>);
/// its name (case-insensitive) is how people refer to it. The same store under another name is the same retailer; a
/// known name with another store's URL is an error. The table is locked for the upsert, so two processes registering
/// one store at once get one retailer, not a unique-key failure.
/// </summary>
internal sealed class RetailerQueries(StoreConnections database, TimeProvider timeProvider)
{
    private const string Columns = "id, name, base_url, created_at";

    public Task<RetailerRecord> UpsertAsync(string name, Uri baseUrl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var createdAt = timeProvider.GetUtcNow();
        var siteKey = SiteIdentity.RetailerKey(baseUrl);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using (var lockTable = connection.Command("LOCK TABLE retailers IN SHARE ROW EXCLUSIVE MODE;", transaction))
                {
                    await lockTable.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await using (var bySite = connection.Command($"SELECT {Columns} FROM retailers WHERE site_key = @key;", transaction).Bind("key", siteKey))
                {
                    if (await bySite.FirstOrDefaultAsync(Map, cancellationToken).ConfigureAwait(false) is { } found)
                    {
                        return found;
                    }
                }

                RetailerRecord? named = null;
                string? namedKey = null;
                await using (var byName = connection.Command($"SELECT {Columns}, site_key FROM retailers WHERE lower(name) = lower(@key);", transaction).Bind("key", name.Trim()))
                {
                    (named, namedKey) = await byName.FirstOrDefaultAsync(r => (Map(r), r.GetStringOrNull(4)), cancellationToken).ConfigureAwait(false);
                }

                if (named is not null)
                {
                    namedKey ??= SiteIdentity.RetailerKey(new Uri(named.BaseUrl));
                    if (!string.Equals(namedKey, siteKey, StringComparison.Ordinal))
                    {
                        throw new RetailerConflictException(
                            $"retailer '{named.Name}' is {named.BaseUrl}, not {baseUrl.AbsoluteUri}; give this store another name");
                    }

                    // A retailer stored without a site key (by the frontier alone) takes it now.
                    await using var claim = connection.Command("UPDATE retailers SET site_key = @siteKey, base_url = @baseUrl WHERE id = @id;", transaction)
                        .Bind("siteKey", siteKey).Bind("baseUrl", baseUrl.AbsoluteUri).Bind("id", named.Id);
                    await claim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    return named with { BaseUrl = baseUrl.AbsoluteUri };
                }

                await using var insert = connection.Command(
                        $"INSERT INTO retailers (name, base_url, created_at, site_key) VALUES (@name, @baseUrl, @createdAt, @siteKey) RETURNING {Columns};",
                        transaction)
                    .Bind("name", name.Trim())
                    .Bind("baseUrl", baseUrl.AbsoluteUri)
                    .Bind("createdAt", createdAt)
                    .Bind("siteKey", siteKey);
                return (await insert.FirstOrDefaultAsync(Map, cancellationToken).ConfigureAwait(false))!;
            },
            cancellationToken);
    }

    public async Task<RetailerRecord?> FindAsync(long id, CancellationToken cancellationToken) =>
        (await database.ListAsync($"SELECT {Columns} FROM retailers WHERE id = @key;", c => c.Bind("key", id), Map, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<RetailerRecord?> FindByNameAsync(string name, CancellationToken cancellationToken) =>
        (await database.ListAsync($"SELECT {Columns} FROM retailers WHERE lower(name) = lower(@key);", c => c.Bind("key", name.Trim()), Map, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<IReadOnlyList<RetailerRecord>> GetAllAsync(CancellationToken cancellationToken) =>
        await database.ListAsync($"SELECT {Columns} FROM retailers ORDER BY id;", _ => { }, Map, cancellationToken).ConfigureAwait(false);

    private static RetailerRecord Map(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetTime(3));
}
