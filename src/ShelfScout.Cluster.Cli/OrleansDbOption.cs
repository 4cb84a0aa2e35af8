using System.CommandLine;
using Npgsql;
using ShelfScout.Cluster.Hosting.OrleansDatabase;
using ShelfScout.Storage.Postgres;

namespace ShelfScout.Cluster.Cli;

/// <summary><c>--orleans-db</c> (or <c>SHELFSCOUT_ORLEANS_DB</c>): the PostgreSQL database of the cluster's membership, grain state and reminders.</summary>
internal static class OrleansDbOption
{
    public const string Variable = "SHELFSCOUT_ORLEANS_DB";

    public static Option<string?> Create() => new("--orleans-db")
    {
        Description = $"PostgreSQL URL or connection string for Orleans membership, grain state and reminders (default ${Variable}; without it: localhost clustering, state in memory).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null,
    };

    /// <summary>The keyword connection string with the Orleans schema applied, or null for localhost clustering; a database error is exit 3.</summary>
    public static async Task<string?> OpenAsync(string? value, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string connectionString;
        try
        {
            connectionString = PostgresConnections.ToConnectionString(value);
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or UriFormatException or FormatException)
        {
            throw new ClusterCliException($"--orleans-db is not a PostgreSQL URL or connection string: {ex.Message}", ExitCodes.Usage);
        }

        try
        {
            await OrleansSchema.ApplyAsync(connectionString, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or PostgresException or TimeoutException)
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            throw new ClusterCliException($"cannot open Orleans database 'postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}': {ex.Message}", ExitCodes.Database);
        }

        return connectionString;
    }
}
