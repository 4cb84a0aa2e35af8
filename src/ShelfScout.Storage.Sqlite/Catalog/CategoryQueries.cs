using Microsoft.Data.Sqlite;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Sqlite.Catalog;

/// <summary>Category trees, keyed by (retailer, canonical URL).</summary>
internal sealed class CategoryQueries(SqliteDatabase database)
{
    private const string Columns = "id, retailer_id, parent_id, name, url, depth, path, is_leaf, parent_hint";

    private const string UpsertSql = $"""
        INSERT INTO categories (retailer_id, parent_id, name, url, depth, path, is_leaf, parent_hint, canonical_key)
        VALUES ($retailerId, $parentId, $name, $url, $depth, $path, $isLeaf, $parentHint, $canonical)
        ON CONFLICT (retailer_id, url) DO UPDATE SET
            canonical_key = COALESCE(categories.canonical_key, excluded.canonical_key),
            parent_id = excluded.parent_id,
            name = excluded.name,
            depth = excluded.depth,
            path = excluded.path,
            is_leaf = excluded.is_leaf,
            parent_hint = COALESCE(excluded.parent_hint, categories.parent_hint)
        RETURNING {Columns};
        """;

    private const string SameCanonicalSql = """
        SELECT url FROM categories
        WHERE retailer_id = $retailerId AND url <> $url AND (canonical_key = $canonical OR url = $canonical) AND name = $name
        ORDER BY id LIMIT 1;
        """;

    public Task<CategoryRecord> UpsertAsync(long retailerId, CategoryUpsert category, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentException.ThrowIfNullOrWhiteSpace(category.Url);
        return database.WriteAsync(
            session =>
            {
                // The same listing under another URL (same canonical link, same name): the category first stored for it is the one.
                var url = category.CanonicalKey is { } canonical
                    ? session.Command(SameCanonicalSql).Bind("$retailerId", retailerId).Bind("$canonical", canonical).Bind("$url", category.Url).Bind("$name", category.Name).ExecuteScalar() as string ?? category.Url
                    : category.Url;
                var command = session.Command(UpsertSql)
                    .Bind("$retailerId", retailerId)
                    .Bind("$parentId", category.ParentId)
                    .Bind("$name", category.Name)
                    .Bind("$url", url)
                    .Bind("$canonical", category.CanonicalKey)
                    .Bind("$depth", category.Depth)
                    .Bind("$path", category.Path)
                    .Bind("$isLeaf", category.IsLeaf)
                    .Bind("$parentHint", category.ParentHint);
                using var reader = command.ExecuteReader();
                reader.Read();
                return Map(reader);
            },
            cancellationToken);
    }

    /// <summary>Deletes the category; its product links go with it and its subcategories lose their parent (foreign keys).</summary>
    public Task RemoveAsync(long categoryId, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("DELETE FROM categories WHERE id = $categoryId;").Bind("$categoryId", categoryId).ExecuteNonQuery(),
            cancellationToken);

    /// <summary>A retailer's categories, parents before children (by depth, then path).</summary>
    public Task<IReadOnlyList<CategoryRecord>> GetAllAsync(long retailerId, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<CategoryRecord>>(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {Columns} FROM categories WHERE retailer_id = $retailerId ORDER BY depth, path, id;";
                command.Bind("$retailerId", retailerId);
                using var reader = command.ExecuteReader();
                var categories = new List<CategoryRecord>();
                while (reader.Read())
                {
                    categories.Add(Map(reader));
                }

                return categories;
            },
            cancellationToken);

    private static CategoryRecord Map(SqliteDataReader reader) =>
        new(
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.GetInt64OrNull(2),
            reader.GetString(3),
            reader.GetString(4),
            reader.GetInt32(5),
            reader.GetString(6),
            reader.GetInt64(7) != 0,
            reader.GetStringOrNull(8));
}
