using ShelfScout.Storage;
using ShelfScout.Storage.Hosting;

namespace ShelfScout.Cli.Hosting;

/// <summary>Opens the store a command works on: an SQLite file or a PostgreSQL database (<see cref="DatabaseLocation"/>).</summary>
internal static class StoreOpener
{
    public const string DefaultPath = "./shelfscout.db";

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
