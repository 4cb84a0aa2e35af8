namespace ShelfScout.Fetching;

/// <summary>
/// What a server said identifies the version of a page it sent (its <c>ETag</c> and <c>Last-Modified</c> headers).
/// Sent back as <c>If-None-Match</c> / <c>If-Modified-Since</c>, they let the server answer 304 Not Modified.
/// </summary>
public sealed record PageValidators(string? ETag, string? LastModified)
{
    public bool IsEmpty => string.IsNullOrEmpty(ETag) && string.IsNullOrEmpty(LastModified);
}
