namespace ShelfScout.Fetching.Tests.Infrastructure;

internal static class TestOptions
{
    /// <summary>Per-attempt timeout in tests: far beyond any wait the tests advance fake time by.</summary>
    public static readonly TimeSpan LongTimeout = TimeSpan.FromHours(1);

    /// <summary>No gap between requests, short backoff, timeouts that never fire unless a test advances to them.</summary>
    public static FetchOptions Fast() => new()
    {
        PerHostDelay = TimeSpan.Zero,
        RetryBaseDelay = TimeSpan.FromMilliseconds(100),
        RequestTimeout = LongTimeout,
        MaxRetries = 2,
    };
}
