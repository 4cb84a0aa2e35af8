namespace ShelfScout.DemoRetailer;

/// <summary>
/// Faults the demo store injects, decided per (path, attempt) from the seed so a run is reproducible: each request to a
/// path fails with these probabilities until the path has failed <see cref="MaxFaultsPerPath"/> times (a flaky server,
/// not a dead one). Rates are fractions of requests, 0 to 1, applied in the order listed.
/// </summary>
public sealed record DemoFaults
{
    /// <summary>503 Service Unavailable.</summary>
    public double ServerErrors { get; init; }

    /// <summary>429 Too Many Requests with a <c>Retry-After</c> of <see cref="RetryAfterSeconds"/>.</summary>
    public double TooManyRequests { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>The connection is reset without a response.</summary>
    public double Resets { get; init; }

    /// <summary>The response is delayed by <see cref="Delay"/>.</summary>
    public double Delays { get; init; }

    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Failures a path gets at most; its later requests are answered (delays do not count).</summary>
    public int MaxFaultsPerPath { get; init; } = 2;

    /// <summary>True when any fault is asked for.</summary>
    /// <summary>Every page is answered after this wait (the internet's latency, for benchmarks that are bound by waiting); zero for none.</summary>
    public TimeSpan Latency { get; init; }

    public bool Any => ServerErrors > 0 || TooManyRequests > 0 || Resets > 0 || Delays > 0;
}
