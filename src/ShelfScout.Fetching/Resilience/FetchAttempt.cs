using System.Net;

namespace ShelfScout.Fetching.Resilience;

/// <summary>
/// What one HTTP attempt produced, body already read and the response disposed, so the retry
/// strategy can inspect it and a retried attempt holds no connection.
/// </summary>
internal sealed record FetchAttempt(
    FetchOutcome Outcome,
    int StatusCode,
    Uri FinalUrl,
    string? ContentType,
    ReadOnlyMemory<byte> Body,
    TimeSpan? RetryAfter,
    string? Error)
{
    /// <summary>Where a 3xx response points (resolved against the request URL); null for any other response.</summary>
    public Uri? RedirectTo { get; init; }

    /// <summary>The response's ETag and Last-Modified, when it had any.</summary>
    public PageValidators? Validators { get; init; }

    /// <summary>Server-side trouble that a later attempt may not meet: 408, 429 and every 5xx.</summary>
    public bool IsTransient =>
        Outcome == FetchOutcome.HttpError
        && (StatusCode >= 500 || StatusCode == (int)HttpStatusCode.RequestTimeout || StatusCode == (int)HttpStatusCode.TooManyRequests);
}
