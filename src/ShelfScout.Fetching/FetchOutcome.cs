namespace ShelfScout.Fetching;

/// <summary>How a fetch ended.</summary>
public enum FetchOutcome
{
    Ok,
    HttpError,
    DisallowedByRobots,
    TooLarge,
    NetworkError,
    Timeout,

    /// <summary>The redirect limit was reached, or a redirect led back to a URL already visited.</summary>
    TooManyRedirects,

    /// <summary>A redirect pointed to another site (see <see cref="ShelfScout.Domain.Sites.SiteIdentity"/>) or a non-http URL; it was not followed.</summary>
    OffSiteRedirect,

    /// <summary>The SSRF policy refused the address; no connection was opened.</summary>
    Blocked,

    /// <summary>A conditional request was answered 304: the page is the version the validators name.</summary>
    NotModified,
}
