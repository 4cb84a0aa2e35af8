using Npgsql;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Postgres.Catalog;

/// <summary>Category trees, keyed by (retailer, canonical URL), as SQLite's.</summary>
internal sealed class CategoryQueries(StoreConnections database)
{
    private const string Columns = "id, retailer_id, parent_id, name, url, depth, path, is_leaf, parent_hint";

    private const string UpsertSql = $"""
        INSERT INTO categories AS c (retailer_id, parent_id, name, url, depth, path, is_leaf, parent_hint, canonical_key)
        VALUES (@retailerId, @parentId, @name, @url, @depth, @path, @isLeaf, @parentHint, @canonical)
        ON CONFLICT (retailer_id, url) DO UPDATE SET
            canonical_key = COALESCE(c.canonical_key, excluded.canonical_key),
            parent_id = excluded.parent_id,
            name = excluded.name,
            depth = excluded.depth,
            path = excluded.path,
            is_leaf = excluded.is_leaf,
            parent_hint = COALESCE(excluded.parent_hint, c.parent_hint)
        RETURNING {Columns};
        """;

    private const string SameCanonicalSql = """
        SELECT url FROM categories
        WHERE retailer_id = @retailerId AND url <> @url AND (canonical_key = @canonical OR url = @canonical) AND name = @name
        ORDER BY id LIMIT 1;
        """;

    public Task<CategoryRecord> UpsertAsync(long retailerId, CategoryUpsert category, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentException.ThrowIfNullOrWhiteSpace(category.Url);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                // The same listing under another URL (same canonical link, same name): the category first stored for it is the one.
                var url = category.Url;
                if (category.CanonicalKey is { } canonical)
                {
                    await using var same = connection.Command(SameCanonicalSql, transaction)
                        .Bind("retailerId", retailerId).Bind("canonical", canonical).Bind("url", category.Url).Bind("name", category.Name);
                    url = await same.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string ?? category.Url;
                }

                await using var command = connection.Command(UpsertSql, transaction)
                    .Bind("retailerId", retailerId)
                    .Bind("parentId", category.ParentId)
                    .Bind("name", category.Name)
                    .Bind("url", url)
                    .Bind("canonical", category.CanonicalKey)
                    .Bind("depth", category.Depth)
                    .Bind("path", category.Path)
                    .Bind("isLeaf", category.IsLeaf)
                    .Bind("parentHint", category.ParentHint);
                return (await command.FirstOrDefaultAsync(Map, cancellationToken).ConfigureAwait(false))!;
            },
            cancellationToken);
    }

    /// <summary>A retailer's categories, parents before children (by depth, then path).</summary>
    /// <summary>Deletes the category; its product links go with it and its subcategories lose their parent (foreign keys).</summary>
    public Task RemoveAsync(long categoryId, CancellationToken cancellationToken) =>
        database.ExecuteAsync("DELETE FROM categories WHERE id = @categoryId;", c => c.Bind("categoryId", categoryId), cancellationToken);

    public async Task<IReadOnlyList<CategoryRecord>> GetAllAsync(long retailerId, CancellationToken cancellationToken) =>
        await database.ListAsync(
            $"SELECT {Columns} FROM categories WHERE retailer_id = @retailerId ORDER BY depth, path COLLATE \"C\", id;",
            c => c.Bind("retailerId", retailerId),
            Map,
            cancellationToken).ConfigureAwait(false);

    private static CategoryRecord Map(NpgsqlDataReader reader) =>
        new(
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.GetInt64OrNull(2),
            reader.GetString(3),
            reader.GetString(4),
            reader.GetInt32(5),
            reader.GetString(6),
            reader.GetBoolean(7),
            reader.GetStringOrNull(8));
}
