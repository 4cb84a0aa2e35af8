namespace ShelfScout.Fetching;

/// <summary>Politeness and robustness settings for <see cref="IPageFetcher"/>.</summary>
public sealed record FetchOptions
{
    public const string DefaultUserAgent = "ShelfScout/1.0 (+https://github.com/shelfscout/shelfscout)";

    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>Requests in flight across all hosts.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>Requests in flight to one host.</summary>
    public int PerHostConcurrency { get; init; } = 2;

    /// <summary>Minimum gap between the starts of two requests to the same host.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public bool RespectRobotsTxt { get; init; } = true;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxRetries { get; init; } = 3;

    /// <summary>Base delay of the exponential retry backoff (a Retry-After header wins when present).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public long MaxResponseBytes { get; init; } = 10 * 1024 * 1024;
}
