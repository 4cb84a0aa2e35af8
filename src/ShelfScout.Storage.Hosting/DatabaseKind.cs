namespace ShelfScout.Storage.Hosting;

/// <summary>Which store implementation a <c>--db</c> value names.</summary>
public enum DatabaseKind
{
    /// <summary>A file path: an SQLite database file.</summary>
    Sqlite,

    /// <summary>A <c>postgresql://</c> or <c>postgres://</c> URL, or a <c>Host=...</c> connection string.</summary>
    Postgres,
}
