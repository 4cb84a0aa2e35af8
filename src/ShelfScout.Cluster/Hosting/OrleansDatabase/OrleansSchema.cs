using System.Reflection;
using Npgsql;

namespace ShelfScout.Cluster.Hosting.OrleansDatabase;

/// <summary>
/// Creates or brings up to date the tables and stored queries Orleans' ADO.NET clustering, grain storage and reminders
/// use, in a PostgreSQL database (the <c>NNNN_*.sql</c> files beside this class, applied in order in one transaction).
/// Every statement is idempotent and the whole is applied under an advisory lock, so silos starting together on one
/// database apply it once each without racing.
/// </summary>
public static class OrleansSchema
{
    /// <summary>The advisory lock key held while the schema is applied ("ORLN" in ASCII).</summary>
    private const long LockKey = 0x4F524C4E;

    private static readonly Lazy<IReadOnlyList<(string Name, string Sql)>> Scripts = new(LoadScripts);

    /// <summary>The scripts' names in the order they are applied (for tests and <c>--help</c> text).</summary>
    public static IReadOnlyList<string> ScriptNames => [.. Scripts.Value.Select(s => s.Name)];

    public static async Task ApplyAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LockKey});", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var (_, sql) in Scripts.Value)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static List<(string Name, string Sql)> LoadScripts()
    {
        var assembly = typeof(OrleansSchema).Assembly;
        const string prefix = "ShelfScout.Cluster.OrleansDatabase.";
        var scripts = new List<(string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"Missing resource {resource}.");
            using var reader = new StreamReader(stream);
            scripts.Add((resource[prefix.Length..], reader.ReadToEnd()));
        }

        return scripts.Count > 0 ? scripts : throw new InvalidOperationException("The Orleans schema scripts are not embedded in " + assembly.GetName().Name + ".");
    }
}
