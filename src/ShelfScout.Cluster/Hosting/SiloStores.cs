namespace ShelfScout.Cluster.Hosting;

/// <summary>The silo's connection to the shared database, opened on first use and closed with the silo.</summary>
internal sealed class SiloStores(IClusterStoreOpener opener) : IAsyncDisposable
{
    private readonly SemaphoreSlim _open = new(1, 1);
    private ClusterStores? _stores;

    public async Task<ClusterStores> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _stores) is { } open)
        {
            return open;
        }

        await _open.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _stores ??= await opener.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _open.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stores is not null)
        {
            await _stores.DisposeAsync().ConfigureAwait(false);
        }

        _open.Dispose();
    }
}
