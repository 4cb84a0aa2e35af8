using System.Collections.Concurrent;

namespace ShelfScout.Fetching.Robots;

/// <summary>One robots.txt per origin, loaded once: concurrent callers for the same origin share one load.</summary>
internal sealed class RobotsCache(Func<Uri, Task<RobotsTxt>> load)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsTxt>>> _entries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The robots.txt that governs <paramref name="url"/> (scheme, host and port all count).</summary>
    public Task<RobotsTxt> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var robotsUrl = RobotsUrl(url);
        // Lazy makes the load run once even when GetOrAdd races; the load itself is not tied to any one caller's
        // token, so one caller giving up does not fail the others, who each stop waiting on their own token.
        var entry = _entries.GetOrAdd(
            robotsUrl.AbsoluteUri,
            _ => new Lazy<Task<RobotsTxt>>(() => load(robotsUrl), LazyThreadSafetyMode.ExecutionAndPublication));
        return entry.Value.WaitAsync(cancellationToken);
    }

    public static Uri RobotsUrl(Uri url) => new(url.GetLeftPart(UriPartial.Authority) + "/robots.txt", UriKind.Absolute);
}
