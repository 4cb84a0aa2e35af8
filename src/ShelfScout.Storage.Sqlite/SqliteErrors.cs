using Microsoft.Data.Sqlite;

namespace ShelfScout.Storage.Sqlite;

/// <summary>Turns SQLite failures into the short reason shown after <c>cannot open database '...':</c>.</summary>
internal static class SqliteErrors
{
    /// <summary>SQLITE_CORRUPT: the file is a database whose pages are damaged.</summary>
    public const int Corrupt = 11;

    /// <summary>SQLITE_NOTADB: the file is not a SQLite database at all.</summary>
    public const int NotADatabase = 26;

    public static string Describe(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: Corrupt } => "the file is damaged (database disk image is malformed); it was left unchanged",
        SqliteException sqlite => SQLitePCL.raw.sqlite3_errstr(sqlite.SqliteErrorCode).utf8_to_string() ?? sqlite.Message,
        _ => exception.Message,
    };
}
