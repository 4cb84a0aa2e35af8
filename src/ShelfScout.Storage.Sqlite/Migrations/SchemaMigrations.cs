using System.Globalization;
using System.Reflection;

namespace ShelfScout.Storage.Sqlite.Migrations;

/// <summary>
/// The ordered list of schema scripts, embedded from <c>Sqlite/Migrations/NNNN_name.sql</c>.
/// A new schema change is a new file with the next number; shipped files are never edited.
/// </summary>
internal static class SchemaMigrations
{
    private const string ResourcePrefix = "ShelfScout.Storage.Migrations.";

    private static readonly Lazy<IReadOnlyList<Migration>> Loaded = new(Load);

    /// <summary>All migrations, versions 1..N without gaps.</summary>
    public static IReadOnlyList<Migration> All => Loaded.Value;

    /// <summary>The version a freshly created database ends up at.</summary>
    public static int CurrentVersion => All[^1].Version;

    private static IReadOnlyList<Migration> Load()
    {
        var assembly = typeof(SchemaMigrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(migration => migration.Version)
            .ToList();

        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Schema migrations must be numbered 1..N without gaps; found '{migrations[i].Name}' at position {i + 1}.");
            }
        }

        return migrations.Count > 0
            ? migrations
            : throw new InvalidOperationException("No schema migrations are embedded in ShelfScout.Storage.");
    }

    private static Migration Read(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[ResourcePrefix.Length..^".sql".Length];
        var underscore = fileName.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(fileName.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Schema migration '{fileName}' is not named NNNN_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Schema migration resource '{resourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return new Migration(version, fileName, reader.ReadToEnd());
    }
}
