using Npgsql;

namespace ShelfScout.Storage.Postgres;

/// <summary>Turns a <c>postgresql://</c> URL or a keyword connection string into a data source, and failures into one line.</summary>
public static class PostgresConnections
{
    /// <summary>A keyword connection string for <paramref name="value"/>: URLs (<c>postgresql://user:pw@host:port/db?k=v</c>) are translated.</summary>
    public static string ToConnectionString(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        var uri = new Uri(value);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
        }

        return builder.ConnectionString;
    }

    internal static NpgsqlDataSource Create(string value) => new NpgsqlSlimDataSourceBuilder(ToConnectionString(value)).EnableArrays().Build();

    /// <summary>The standard one-line <c>cannot open database '...'</c> error, naming the server but never the password.</summary>
    internal static StoreUnavailableException Unavailable(string display, Exception exception) =>
        StoreUnavailableException.ForPath(display, OneLine(exception), exception);

    /// <summary>The database as <c>postgresql://user@host:port/db</c>, never with its password.</summary>
    public static string Describe(string value)
    {
        var builder = new NpgsqlConnectionStringBuilder(ToConnectionString(value));
        return $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    internal static string OneLine(Exception exception)
    {
        var message = exception is PostgresException postgres ? postgres.MessageText : (exception.InnerException ?? exception).Message;
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
