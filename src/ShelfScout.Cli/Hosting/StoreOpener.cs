using ShelfScout.Storage;
using ShelfScout.Storage.Hosting;

namespace ShelfScout.Cli.Hosting;

/// <summary>Opens the store a command works on: an SQLite file or a PostgreSQL database (<see cref="DatabaseLocation"/>).</summary>
internal static class StoreOpener
{
    public const string DefaultPath = "./shelfscout.db";

    /// <summary>The environment variable that names the database when <c>--db</c> is not given.</summary>
    public const string DatabaseVariable = "SHELFSCOUT_DB";

    /// <summary><c>$SHELFSCOUT_DB</c> when set, else <see cref="DefaultPath"/>.</summary>
    public static string DefaultDatabase =>
        Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } database ? database : DefaultPath;

    public static async Task<IShelfStore> OpenAsync(string database, bool mustExist, CancellationToken cancellationToken)
    {
        var location = DatabaseLocation.Parse(database);
        if (mustExist && location.Kind == DatabaseKind.Sqlite && !File.Exists(location.Value))
        {
            throw new CliException($"database '{database}' does not exist", ExitCodes.Database);
        }

        return await ShelfStoreFactory.OpenAsync(location, TimeProvider.System, cancellationToken).ConfigureAwait(false);
    }
}
