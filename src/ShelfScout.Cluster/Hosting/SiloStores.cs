namespace ShelfScout.Cluster.Hosting;

/// <summary>
/// The silo's connection to the shared database, opened on first use and closed with the silo. Closed once: the crawl
/// worker closes it when the silo stops (after its shares ended) and the container disposes it again at exit.
/// </summary>
internal sealed class SiloStores(IClusterStoreOpener opener) : IAsyncDisposable
{
    private readonly SemaphoreSlim _open = new(1, 1);
    private ClusterStores? _stores;
    private int _disposed;

    public async Task<ClusterStores> GetAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (Volatile.Read(ref _stores) is { } open)
        {
            return open;
        }

        await _open.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            return _stores ??= await opener.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _open.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return; // a second dispose used to close the SQLite store again, and its checkpoint crashed the silo at exit
        }

        await _open.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (_stores is not null)
            {
                await _stores.DisposeAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _open.Release();
        }
    }
}
