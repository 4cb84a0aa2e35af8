using ShelfScout.Storage.Politeness;
using ShelfScout.Storage.Postgres.Politeness;

namespace ShelfScout.Storage.Postgres;

/// <summary>A cluster's host-slot leases (<see cref="IHostSlotLeases"/>) in the same database, table <c>host_slots</c> (migration 0007).</summary>
public sealed partial class PostgresShelfStore : IHostSlotLeases
{
    public Task<bool> TryTakeSlotAsync(string host, int slot, string holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        new HostSlotQueries(_database).TryTakeAsync(host, slot, holder, now, lease, cancellationToken);

    public Task ReleaseSlotAsync(string host, int slot, string holder, CancellationToken cancellationToken) =>
        new HostSlotQueries(_database).ReleaseAsync(host, slot, holder, cancellationToken);

    public Task<int> CountHeldSlotsAsync(string host, DateTimeOffset now, CancellationToken cancellationToken) =>
        new HostSlotQueries(_database).CountHeldAsync(host, now, cancellationToken);
}
