namespace ShelfScout.Fetching.Politeness;

/// <summary>
/// A robots.txt as one fetcher loaded it, handed to the others through the gate: its text (null when the site has
/// none, or it could not be read: allow all), the URL it came from after redirects, and when it was loaded (its
/// freshness counts from then, wherever it is read).
/// </summary>
public sealed record SharedRobots(string? Body, Uri FinalUrl, DateTimeOffset LoadedAt);
