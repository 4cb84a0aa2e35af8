namespace ShelfScout.Cluster.Contracts;

/// <summary>A retailer's runs on the cluster, keyed by the retailer's site key (<c>SiteIdentity.RetailerKey</c>).</summary>
public interface IRetailerGrain : IGrainWithStringKey
{
    /// <summary>Starts a crawl run spread over every live silo; a run already going is returned unchanged.</summary>
    Task<ClusterRunStatus> SubmitAsync(ClusterSubmission submission);

    Task<ClusterRunStatus> GetStatusAsync();

    /// <summary>Waits until the run is no longer running, or <paramref name="maxWait"/> passed (a long poll); returns the status.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<ClusterRunStatus> WaitAsync(TimeSpan maxWait);

    /// <summary>Cancels every silo's share; what was stored stays, the leases go back to the frontier.</summary>
    Task<ClusterRunStatus> StopAsync();

    /// <summary>
    /// Sets (or replaces) the retailer's schedule: a reminder fires the run at each due time on whichever silo owns the
    /// reminder, so the run starts once cluster-wide; a due time that finds a run going is skipped.
    /// </summary>
    Task<ClusterScheduleStatus> ScheduleAsync(ClusterSchedule schedule);

    /// <summary>Removes the retailer's schedule and its reminder; a run going on is left to finish.</summary>
    Task<ClusterScheduleStatus> UnscheduleAsync();

    Task<ClusterScheduleStatus> GetScheduleAsync();

    /// <summary>A silo's worker: the lead's crawl is open and seeded, so the other silos may join it.</summary>
    Task WorkerSeededAsync(int round, string silo);

    /// <summary>A silo's worker: its share of the round ended (<paramref name="outcome"/>: the run's status or an error).</summary>
    Task WorkerFinishedAsync(int round, string silo, long runId, string outcome);
}
