using ShelfScout.Fetching.Network;

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

    /// <summary>Longest a fetched robots.txt is trusted before it is fetched again; capped at 24 hours (RFC 9309 §2.4).</summary>
    public TimeSpan RobotsCacheLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Time for one attempt: connect, headers and the whole body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time to open a TCP connection (never longer than <see cref="RequestTimeout"/>).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The retry budget: attempts after the first, for network errors, timeouts, 408, 429 and 5xx.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>
    /// Base delay of the exponential retry backoff, and its floor: a retry never comes sooner than this (with
    /// 1 s, the retries after a 5xx come after about 1, 2, 4 s). A Retry-After header wins when present.
    /// </summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Redirects followed for one fetch before it fails with "too many redirects" (browsers use about 20, curl 50; stores need 1 or 2).</summary>
    public int MaxRedirects { get; init; } = 10;

    public long MaxResponseBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>
    /// AutoThrottle (as in Scrapy): adapt each host's gap to its observed latency, aiming at
    /// <see cref="AutoThrottleTargetConcurrency"/> requests in flight; never below <see cref="PerHostDelay"/> or a Crawl-delay.
    /// </summary>
    public bool AutoThrottle { get; init; }

    /// <summary>Average requests in flight to one host that AutoThrottle aims for: 1 means "one at a time, back to back".</summary>
    public double AutoThrottleTargetConcurrency { get; init; } = 1.0;

    /// <summary>Longest gap AutoThrottle will put between two requests to one host.</summary>
    public TimeSpan AutoThrottleMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The only class of addresses the fetcher connects to (the start URL's: public, private or loopback). Null pins
    /// the class of the first address connected to, which in a crawl is the start URL's host.
    /// </summary>
    public AddressClass? NetworkScope { get; init; }

    /// <summary>Turns the SSRF policy off: connect to any address, including link-local and cloud metadata ones.</summary>
    public bool AllowPrivateNetwork { get; init; }
}
