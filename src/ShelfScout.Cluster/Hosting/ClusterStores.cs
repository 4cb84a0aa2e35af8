using ShelfScout.Storage;
using ShelfScout.Storage.Politeness;

namespace ShelfScout.Cluster.Hosting;

/// <summary>The shared store as a silo uses it: the catalogue and frontier, and the host-slot leases.</summary>
public sealed record ClusterStores(IShelfStore Store, IHostSlotLeases Slots) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
