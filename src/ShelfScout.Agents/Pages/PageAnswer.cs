namespace ShelfScout.Agents.Pages;

/// <summary>What the server's answer to one page request comes to, the same for every stage that reads pages.</summary>
internal enum PageAnswer
{
    /// <summary>An HTML page to read.</summary>
    Html,

    /// <summary>A conditional request answered 304: unchanged since the validators sent.</summary>
    NotModified,

    /// <summary>404 or 410: the server's final answer that the page is not there (a known product's page gone is a delisting).</summary>
    Gone,

    /// <summary>Robots.txt closes the page to crawlers.</summary>
    Disallowed,

    /// <summary>Served, but not as HTML (an image, a PDF, a plain-text file).</summary>
    NotHtml,

    /// <summary>Not read: a network failure, an error status other than 404/410, a redirect loop.</summary>
    Failed,
}
