using System.Collections.Concurrent;

namespace ShelfScout.Fetching.Robots;

/// <summary>
/// One robots.txt per origin, loaded once and trusted for at most <c>lifetime</c> (RFC 9309 §2.4: 24 hours at most):
/// concurrent callers for the same origin share one load.
/// </summary>
internal sealed class RobotsCache(Func<Uri, Task<RobotsTxt>> load, TimeProvider timeProvider, TimeSpan lifetime)
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>How long a loaded robots.txt is trusted: the lifetime asked for, within (0, <see cref="MaxLifetime"/>].</summary>
    public TimeSpan Lifetime { get; } = lifetime > TimeSpan.Zero && lifetime < MaxLifetime ? lifetime : MaxLifetime;

    /// <summary>The robots.txt that governs <paramref name="url"/> (scheme, host and port all count).</summary>
    public Task<RobotsTxt> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var robotsUrl = RobotsUrl(url);
        var now = timeProvider.GetUtcNow();
        var entry = _entries.GetOrAdd(robotsUrl.AbsoluteUri, _ => NewEntry(robotsUrl, now));
        if (now - entry.LoadedAt >= Lifetime)
        {
            // Stale: one caller swaps in a fresh load; the ones that lose the race use the winner's.
            var fresh = NewEntry(robotsUrl, now);
            entry = _entries.TryUpdate(robotsUrl.AbsoluteUri, fresh, entry) ? fresh : _entries[robotsUrl.AbsoluteUri];
        }

        // Lazy makes the load run once even when GetOrAdd races; the load itself is not tied to any one caller's
        // token, so one caller giving up does not fail the others, who each stop waiting on their own token.
        return entry.Load.Value.WaitAsync(cancellationToken);
    }

    public static Uri RobotsUrl(Uri url) => new(url.GetLeftPart(UriPartial.Authority) + "/robots.txt", UriKind.Absolute);

    private Entry NewEntry(Uri robotsUrl, DateTimeOffset now) =>
        new(new Lazy<Task<RobotsTxt>>(() => load(robotsUrl), LazyThreadSafetyMode.ExecutionAndPublication), now);

    private sealed record Entry(Lazy<Task<RobotsTxt>> Load, DateTimeOffset LoadedAt);
}
