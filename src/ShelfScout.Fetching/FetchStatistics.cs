namespace ShelfScout.Fetching;

/// <summary>Thread-safe running totals of what an <see cref="HttpPageFetcher"/> has done.</summary>
public sealed class FetchStatistics
{
    private long _requests;
    private long _bytes;
    private long _retries;
    private long _failures;
    private long _disallowed;

    /// <summary>HTTP requests sent, counting every attempt and every robots.txt fetch.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Body bytes received (after decompression).</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Attempts that were repeated after a transient failure.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Fetches that ended in an HTTP error, network error, timeout or size cap.</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>Fetches refused without a request because robots.txt disallows them.</summary>
    public long DisallowedByRobots => Interlocked.Read(ref _disallowed);

    internal void AddRequest() => Interlocked.Increment(ref _requests);

    internal void AddBytes(long count) => Interlocked.Add(ref _bytes, count);

    internal void AddRetry() => Interlocked.Increment(ref _retries);

    internal void AddFailure() => Interlocked.Increment(ref _failures);

    internal void AddDisallowed() => Interlocked.Increment(ref _disallowed);

    /// <inheritdoc />
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Requests} requests, {Bytes} bytes, {Retries} retries, {Failures} failures, {DisallowedByRobots} disallowed");
}
