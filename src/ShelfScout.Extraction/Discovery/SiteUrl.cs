using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>URL rules shared by the discovery extractors: which links count, and when two URLs are the same page.</summary>
internal static class SiteUrl
{
    /// <summary>Two-letter language codes that stores put first in locale-prefixed paths.</summary>
    public static readonly HashSet<string> LanguageCodes =
    [
        "en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "no", "nb", "fi", "pl", "cs", "sk", "hu", "ro",
        "bg", "el", "tr", "ru", "uk", "ja", "zh", "ko", "ar", "he", "is", "et", "lv", "lt", "sl", "hr",
    ];

    /// <summary>The absolute http(s) target of an anchor, or null for fragment-only, javascript:, mailto: and similar links.</summary>
    public static Uri? LinkTarget(IElement anchor, Uri pageUrl)
    {
        var raw = anchor.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(raw) || raw.StartsWith('#') || IsTemplatePlaceholder(raw))
        {
            return null;
        }

        var href = anchor is IHtmlAnchorElement html ? html.Href : raw;
        return Resolve(href, pageUrl);
    }

    /// <summary>True for an href still holding template syntax (<c>{{ url }}</c>, <c>${url}</c>, <c>&lt;%= url %&gt;</c>): not a link yet.</summary>
    public static bool IsTemplatePlaceholder(string href) =>
        href.Contains("{{", StringComparison.Ordinal) || href.Contains("{%", StringComparison.Ordinal)
        || href.Contains("${", StringComparison.Ordinal) || href.Contains("<%", StringComparison.Ordinal);

    /// <summary>Resolves a possibly relative reference against a base; null unless the result is http(s).</summary>
    public static Uri? Resolve(string? reference, Uri baseUrl)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        if (!Uri.TryCreate(baseUrl, reference.Trim(), out var uri))
        {
            return null;
        }

        return uri.Scheme is "http" or "https" ? uri : null;
    }

    /// <summary>The URL without its fragment: the key under which discovery deduplicates pages.</summary>
    public static Uri Canonical(Uri url)
    {
        if (string.IsNullOrEmpty(url.Fragment))
        {
            return url;
        }

        var builder = new UriBuilder(url) { Fragment = string.Empty };
        return builder.Uri;
    }

    /// <summary>The page's identity for deduplication: the project-wide canonical key (<see cref="ShelfScout.Domain.Sites.SiteIdentity.PageKey"/>).</summary>
    public static string Key(Uri url) => ShelfScout.Domain.Sites.SiteIdentity.PageKey(url);

    /// <summary>Same site by the project's one rule (<see cref="ShelfScout.Domain.Sites.SiteIdentity"/>): scheme, host and port, "www." ignored.</summary>
    public static bool IsSameSite(Uri url, Uri pageUrl) => ShelfScout.Domain.Sites.SiteIdentity.IsSameSite(url, pageUrl);

    /// <summary>The site's home page: an empty path or an index document, with no query.</summary>
    public static bool IsSiteRoot(Uri url)
    {
        var path = url.AbsolutePath.TrimEnd('/');
        if (url.Query.Length > 1)
        {
            return false;
        }

        return path.Length == 0
            || path.Equals("/index.html", StringComparison.OrdinalIgnoreCase)
            || path.Equals("/index.php", StringComparison.OrdinalIgnoreCase)
            || path.Equals("/default.aspx", StringComparison.OrdinalIgnoreCase)
            || path.Equals("/home", StringComparison.OrdinalIgnoreCase)
            || IsLocaleRoot(path);
    }

    /// <summary>The same page as another once fragment and a trailing slash are ignored.</summary>
    public static bool IsSamePage(Uri a, Uri b) =>
        string.Equals(Key(a).TrimEnd('/'), Key(b).TrimEnd('/'), StringComparison.Ordinal);

    private static bool IsLocaleRoot(string path)
    {
        // "/en", "/de-de", "/fr_ca": a store's home under a locale prefix.
        var segment = path.TrimStart('/');
        if (segment.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }

        if (segment.Length == 5 && segment[2] is '-' or '_' && char.IsAsciiLetter(segment[3]) && char.IsAsciiLetter(segment[4]))
        {
            segment = segment[..2];
        }

        // A short list, because a two-letter category ("/tv", "/pc") must not pass for a locale home.
        return segment.Length == 2 && LanguageCodes.Contains(segment.ToLowerInvariant());
    }
}
