using ShelfScout.Orchestration;
using ShelfScout.Scheduling.Config;

namespace ShelfScout.Scheduling.Service;

/// <summary>
/// Called after each finished run with its summary (alerts included), before the next one is scheduled: the seam
/// where notification delivery to <see cref="RetailerConfig.Notify"/> plugs in.
/// </summary>
public delegate Task AfterRunHook(RetailerConfig retailer, RunSummary summary, CancellationToken cancellationToken);
