namespace ShelfScout.Fetching;

/// <summary>Fetches pages politely: robots.txt, per-host concurrency and delay, retries, size cap.</summary>
public interface IPageFetcher
{
    /// <summary>Fetches one URL. Never throws for HTTP or network failures (they come back as a failed <see cref="FetchResult"/>); throws only on cancellation.</summary>
    Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken);

    /// <summary>
    /// Fetches one URL conditionally: with <paramref name="validators"/> from an earlier fetch, a server that supports
    /// them answers 304 and the result is <see cref="FetchOutcome.NotModified"/> with no body.
    /// </summary>
    Task<FetchResult> FetchAsync(Uri url, PageValidators? validators, CancellationToken cancellationToken) => FetchAsync(url, cancellationToken);
}
