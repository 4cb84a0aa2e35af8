namespace ShelfScout.Fetching.Politeness;

/// <summary>
/// Politeness shared beyond this process: a request to a host first passes the gate (a cluster-wide slot and turn),
/// then this fetcher's own per-host throttle; a host's robots.txt, once loaded by one fetcher, is read by the others. The default, <see cref="LocalHostGate"/>, lets every request through,
/// which leaves today's in-process behaviour exactly as it was.
/// </summary>
public interface IHostGate
{
    /// <summary>
    /// Waits until the host (its politeness key) may take one more request, at least <paramref name="minimumGap"/> (the
    /// fetcher's delay, or the host's robots.txt Crawl-delay when longer) after the previous start anywhere the gate
    /// reaches; dispose the pass when the request ends.
    /// </summary>
    ValueTask<IAsyncDisposable> EnterAsync(string host, TimeSpan minimumGap, CancellationToken cancellationToken);

    /// <summary>The host answered 429 or 503: no request to it anywhere should start for <paramref name="wait"/>.</summary>
    ValueTask PushedBackAsync(string host, TimeSpan wait, CancellationToken cancellationToken);

    /// <summary>The robots.txt at <paramref name="robotsUrl"/> as another fetcher the gate reaches loaded it, or null (load it, then <see cref="ShareRobotsAsync"/>).</summary>
    ValueTask<SharedRobots?> GetRobotsAsync(string host, Uri robotsUrl, CancellationToken cancellationToken);

    /// <summary>Hands a robots.txt this fetcher loaded to the other fetchers the gate reaches.</summary>
    ValueTask ShareRobotsAsync(string host, Uri robotsUrl, SharedRobots robots, CancellationToken cancellationToken);
}
