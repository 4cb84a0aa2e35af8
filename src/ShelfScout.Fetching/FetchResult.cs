namespace ShelfScout.Fetching;

/// <summary>The result of fetching one URL; <see cref="FinalUrl"/> is the last hop after redirects. <see cref="Body"/> is empty unless <see cref="Outcome"/> is <see cref="FetchOutcome.Ok"/>.</summary>
public sealed record FetchResult(
    Uri RequestedUrl,
    Uri FinalUrl,
    FetchOutcome Outcome,
    int StatusCode,
    string? ContentType,
    ReadOnlyMemory<byte> Body,
    string? Error)
{
    public bool IsSuccess => Outcome == FetchOutcome.Ok;

    /// <summary>The server answered a conditional request with 304: unchanged since the validators sent.</summary>
    public bool IsNotModified => Outcome == FetchOutcome.NotModified;

    /// <summary>The page's validators as the server sent them (null when it sent none), to make the next request conditional.</summary>
    public PageValidators? Validators { get; init; }

    /// <summary>One line saying why the fetch failed, for run error records.</summary>
    public string Describe() => Outcome switch
    {
        FetchOutcome.Ok => "ok",
        FetchOutcome.NotModified => "not modified",
        FetchOutcome.HttpError => $"HTTP {StatusCode}",
        FetchOutcome.DisallowedByRobots => "disallowed by robots.txt",
        FetchOutcome.TooManyRedirects => Error ?? "too many redirects", // says whether it looped and where
        _ => Error ?? Outcome.ToString(),
    };
}
