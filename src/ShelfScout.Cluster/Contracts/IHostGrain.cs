namespace ShelfScout.Cluster.Contracts;

/// <summary>
/// Politeness for one host (keyed by its politeness key) across the cluster: per-host concurrency slots, the gap between
/// request starts, 429/503 push-back and the host's robots.txt, loaded by one silo and read by the others. The slot is also leased in the database, because the grain alone is no fence.
/// </summary>
public interface IHostGrain : IGrainWithStringKey
{
    /// <summary>
    /// A slot for <paramref name="holder"/>, or null when none freed within the wait limit (ask again). Grants start at
    /// least the cluster's host delay apart, or the longest <paramref name="minimumGap"/> any silo passed (the host's
    /// robots.txt Crawl-delay as that silo read it) when longer.
    /// </summary>
    Task<HostGrant?> AcquireAsync(string holder, TimeSpan minimumGap);

    Task ReleaseAsync(int slot, string holder);

    /// <summary>The host said "slow down": no grant starts before now plus <paramref name="wait"/>.</summary>
    Task PushBackAsync(TimeSpan wait);

    /// <summary>The copy of the robots.txt at <paramref name="robotsUrl"/> a silo last shared, or null: the asking silo loads it.</summary>
    Task<RobotsCopy?> GetRobotsAsync(string robotsUrl);

    /// <summary>Keeps a silo's copy of the robots.txt at <paramref name="robotsUrl"/> for the others (the newest load wins).</summary>
    Task ShareRobotsAsync(string robotsUrl, RobotsCopy copy);
}
