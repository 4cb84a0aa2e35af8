using ShelfScout.Storage;
using ShelfScout.Storage.Sqlite;

namespace ShelfScout.Cli.Hosting;

/// <summary>Opens the store a command works on.</summary>
internal static class StoreOpener
{
    public const string DefaultPath = "./shelfscout.db";

    public static async Task<IShelfStore> OpenAsync(string path, bool mustExist, CancellationToken cancellationToken)
    {
        if (mustExist && !File.Exists(path))
        {
            throw new CliException($"database '{path}' does not exist", ExitCodes.Database);
        }

        return await SqliteShelfStore.OpenAsync(path, TimeProvider.System, cancellationToken).ConfigureAwait(false);
    }
}
