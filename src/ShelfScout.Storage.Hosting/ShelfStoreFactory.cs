using ShelfScout.Storage.Politeness;
using ShelfScout.Storage.Postgres;
using ShelfScout.Storage.Sqlite;

namespace ShelfScout.Storage.Hosting;

/// <summary>Opens the store a <c>--db</c> value names, migrated to the current schema: the only code that picks an implementation.</summary>
public static class ShelfStoreFactory
{
    /// <summary>
    /// Opens <paramref name="database"/> (see <see cref="DatabaseLocation"/>). Throws <see cref="StoreUnavailableException"/>
    /// with a one-line message when it cannot be reached or used.
    /// </summary>
    public static Task<IShelfStore> OpenAsync(string database, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        OpenAsync(DatabaseLocation.Parse(database), timeProvider, cancellationToken);

    public static async Task<IShelfStore> OpenAsync(DatabaseLocation location, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Kind switch
        {
            DatabaseKind.Sqlite => await SqliteShelfStore.OpenAsync(location.Value, timeProvider, cancellationToken).ConfigureAwait(false),
            _ => await PostgresShelfStore.OpenAsync(location.Value, location.Display, timeProvider, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>The host-slot leases a cluster holds politeness with, in the same database as <paramref name="store"/>.</summary>
    public static IHostSlotLeases HostSlots(IShelfStore store) =>
        store as IHostSlotLeases ?? throw new StoreUnavailableException("this database cannot hold a cluster's host-slot leases");
}
