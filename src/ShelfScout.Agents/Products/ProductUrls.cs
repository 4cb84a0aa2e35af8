using ShelfScout.Fetching;

namespace ShelfScout.Agents.Products;

/// <summary>Chooses the URL a product is stored under, so the same product reached by several paths is one record.</summary>
internal static class ProductUrls
{
    /// <summary>The page's declared canonical URL when it is on the same host and not the site root; otherwise the served URL.</summary>
    public static string Choose(Uri servedUrl, string? declaredCanonical) => Choose(servedUrl, [declaredCanonical]);

    /// <summary>
    /// Among the identities a page declares for itself (<c>rel=canonical</c>, <c>og:url</c>, the structured product's
    /// <c>url</c>), same-site and not the site root: the one most of them agree on, then the shortest path (the
    /// general <c>/products/x</c> rather than <c>/collections/c/products/x</c>); the served URL when none qualifies.
    /// </summary>
    public static string Choose(Uri servedUrl, IEnumerable<string?> declared)
    {
        ArgumentNullException.ThrowIfNull(servedUrl);
        ArgumentNullException.ThrowIfNull(declared);
        var candidates = new List<string>();
        foreach (var text in declared)
        {
            if (text is not null
                && Uri.TryCreate(servedUrl, text.Trim(), out var url)
                && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                && ShelfScout.Domain.Sites.SiteIdentity.IsSameSite(url, servedUrl)
                && url.AbsolutePath.Length > 1)
            {
                candidates.Add(UrlCanonicalizer.Canonicalize(url).AbsoluteUri);
            }
        }

        if (candidates.Count == 0)
        {
            return UrlCanonicalizer.Canonicalize(servedUrl).AbsoluteUri;
        }

        return candidates
            .GroupBy(c => c, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => new Uri(g.Key).AbsolutePath.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
    }
}
