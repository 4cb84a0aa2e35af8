namespace ShelfScout.Storage.Frontier;

/// <summary>What a worker asks for when it claims work.</summary>
/// <param name="Owner">Who holds the lease: a process and run identity, see <see cref="LeaseOwner.ForRun"/>.</param>
/// <param name="RunId">The run doing the work.</param>
/// <param name="MaxEntries">At most this many entries.</param>
/// <param name="Lease">How long the entries stay the owner's before another worker may take them.</param>
/// <param name="MaxPriority">Only entries of this priority or lower (a stage that walks navigation first leaves products for later); null for all.</param>
public sealed record FrontierClaim(string Owner, long RunId, int MaxEntries, TimeSpan Lease, int? MaxPriority = null);
