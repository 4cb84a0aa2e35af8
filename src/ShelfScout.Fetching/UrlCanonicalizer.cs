using ShelfScout.Domain.Sites;

namespace ShelfScout.Fetching;

/// <summary>Turns equivalent URLs into one spelling so a page is never fetched twice in a run (kept for callers; <see cref="SiteIdentity"/> owns the rule).</summary>
public static class UrlCanonicalizer
{
    /// <summary>See <see cref="SiteIdentity.Canonicalize"/>.</summary>
    public static Uri Canonicalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException("Only absolute URLs can be canonicalized.", nameof(url));
        }

        return SiteIdentity.Canonicalize(url);
    }
}
