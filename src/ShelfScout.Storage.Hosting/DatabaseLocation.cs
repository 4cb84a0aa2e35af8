namespace ShelfScout.Storage.Hosting;

/// <summary>
/// A <c>--db</c> (or <c>SHELFSCOUT_DB</c>) value understood: a PostgreSQL URL (<c>postgresql://user@host:port/db</c>,
/// <c>postgres://...</c>) or keyword connection string (<c>Host=...;Database=...</c>) names a server; anything else is
/// an SQLite file path. <see cref="Display"/> is the value with any password masked, safe to print.
/// </summary>
public sealed record DatabaseLocation(DatabaseKind Kind, string Value, string Display)
{
    private static readonly string[] UrlSchemes = ["postgresql://", "postgres://"];

    public static DatabaseLocation Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var trimmed = value.Trim();
        if (UrlSchemes.Any(scheme => trimmed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)))
        {
            return new DatabaseLocation(DatabaseKind.Postgres, trimmed, MaskUrlPassword(trimmed));
        }

        if (IsKeywordConnectionString(trimmed))
        {
            return new DatabaseLocation(DatabaseKind.Postgres, trimmed, MaskKeywordPassword(trimmed));
        }

        return new DatabaseLocation(DatabaseKind.Sqlite, value, value);
    }

    /// <summary>True for <c>Host=...</c> (or <c>Server=</c>) anywhere among semicolon-separated keywords.</summary>
    private static bool IsKeywordConnectionString(string value) =>
        value.Contains('=', StringComparison.Ordinal)
        && value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2)[0].Trim())
            .Any(key => key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase));

    private static string MaskUrlPassword(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var at = url.IndexOf('@', schemeEnd);
        if (at < 0)
        {
            return url;
        }

        var colon = url.IndexOf(':', schemeEnd);
        return colon >= 0 && colon < at ? string.Concat(url.AsSpan(0, colon + 1), "***", url.AsSpan(at)) : url;
    }

    private static string MaskKeywordPassword(string connectionString) =>
        string.Join(';', connectionString.Split(';').Select(part =>
        {
            var key = part.Split('=', 2)[0].Trim();
            return key.Equals("Password", StringComparison.OrdinalIgnoreCase) || key.Equals("Pwd", StringComparison.OrdinalIgnoreCase)
                ? key + "=***"
                : part;
        }));
}
