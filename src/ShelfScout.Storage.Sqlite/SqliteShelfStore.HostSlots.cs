using ShelfScout.Storage.Politeness;
using ShelfScout.Storage.Sqlite.Politeness;

namespace ShelfScout.Storage.Sqlite;

/// <summary>A cluster's host-slot leases (<see cref="IHostSlotLeases"/>) in the same file, table <c>host_slots</c> (migration 0012).</summary>
public sealed partial class SqliteShelfStore : IHostSlotLeases
{
    public Task<bool> TryTakeSlotAsync(string host, int slot, string holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        new HostSlotQueries(_database).TryTakeAsync(host, slot, holder, now, lease, cancellationToken);

    public Task ReleaseSlotAsync(string host, int slot, string holder, CancellationToken cancellationToken) =>
        new HostSlotQueries(_database).ReleaseAsync(host, slot, holder, cancellationToken);

    public Task<int> CountHeldSlotsAsync(string host, DateTimeOffset now, CancellationToken cancellationToken) =>
        new HostSlotQueries(_database).CountHeldAsync(host, now, cancellationToken);
}
