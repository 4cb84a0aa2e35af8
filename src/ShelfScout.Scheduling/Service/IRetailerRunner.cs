using ShelfScout.Orchestration;
using ShelfScout.Scheduling.Config;

namespace ShelfScout.Scheduling.Service;

/// <summary>Runs one retailer once: the seam between the schedule and the crawl (the SQLite runner in production, a recording one in schedule tests).</summary>
public interface IRetailerRunner
{
    /// <summary>Runs the retailer to the end; cancellation must reach the crawl, which then records the run as interrupted.</summary>
    Task<RunSummary> RunAsync(RetailerConfig retailer, CancellationToken cancellationToken);
}
