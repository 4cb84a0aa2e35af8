using ShelfScout.Orchestration;
using ShelfScout.Scheduling.Config;
using ShelfScout.Storage;

namespace ShelfScout.Scheduling.Service;

/// <summary>
/// Called after each finished run with its summary (alerts included), before the next one is scheduled: the seam
/// where notification delivery to <see cref="RetailerConfig.Notify"/> plugs in (the run's store is still open).
/// </summary>
public delegate Task AfterRunHook(RetailerConfig retailer, IShelfStore store, RunSummary summary, CancellationToken cancellationToken);
