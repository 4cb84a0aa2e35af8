using ShelfScout.Cluster.Hosting;
using ShelfScout.Storage.Hosting;
using ShelfScout.Testing;

namespace ShelfScout.Cluster.Tests;

public sealed class SiloStoresTests
{
    /// <summary>
    /// The crawl worker closes the store when the silo stops and the container disposes it again at exit; the second
    /// close used to run the SQLite store's closing checkpoint on its closed connection, an unhandled exception that
    /// aborted every silo process on SIGTERM.
    /// </summary>
    [Fact]
    public async Task Dispose_Twice_ClosesTheStoreOnce_AndLaterUseIsRefused()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var directory = new TempDirectory();
        var path = directory.DatabasePath();
        var opened = 0;
        var stores = new SiloStores(new ClusterStoreOpener(async ct =>
        {
            Interlocked.Increment(ref opened);
            var store = await ShelfStoreFactory.OpenAsync(path, TimeProvider.System, ct);
            return new ClusterStores(store, ShelfStoreFactory.HostSlots(store));
        }));

        var first = await stores.GetAsync(guard.Token);
        Assert.Same(first, await stores.GetAsync(guard.Token));
        await stores.DisposeAsync();
        await stores.DisposeAsync();

        Assert.Equal(1, opened);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => stores.GetAsync(guard.Token));
    }
}
