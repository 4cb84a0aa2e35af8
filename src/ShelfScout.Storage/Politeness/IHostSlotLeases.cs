namespace ShelfScout.Storage.Politeness;

/// <summary>
/// Leases on a host's politeness slots, held in the database: the fence behind a cluster's host grain, which Orleans
/// may briefly activate twice while membership changes. A slot is one of a host's concurrent requests; a holder that
/// dies loses its slot when the lease expires.
/// </summary>
public interface IHostSlotLeases
{
    /// <summary>Takes slot <paramref name="slot"/> of <paramref name="host"/> for <paramref name="holder"/> unless another holder's lease on it is unexpired.</summary>
    Task<bool> TryTakeSlotAsync(string host, int slot, string holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Gives the slot back if <paramref name="holder"/> still holds it; a slot since taken by another holder is left alone.</summary>
    Task ReleaseSlotAsync(string host, int slot, string holder, CancellationToken cancellationToken);

    /// <summary>The unexpired leases on the host's slots (for tests and status).</summary>
    Task<int> CountHeldSlotsAsync(string host, DateTimeOffset now, CancellationToken cancellationToken);
}
