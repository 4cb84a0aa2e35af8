using ShelfScout.Fetching;

namespace ShelfScout.Agents.Products;

/// <summary>Chooses the URL a product is stored under, so the same product reached by two links is one record.</summary>
internal static class ProductUrls
{
    /// <summary>The page's declared canonical URL when it is on the same site and not the site root; otherwise the served URL.</summary>
    public static string Choose(Uri servedUrl, string? declaredCanonical)
    {
        if (declaredCanonical is not null
            && Uri.TryCreate(servedUrl, declaredCanonical, out var canonical)
            && (canonical.Scheme == Uri.UriSchemeHttp || canonical.Scheme == Uri.UriSchemeHttps)
            && ShelfScout.Domain.Sites.SiteIdentity.IsSameSite(canonical, servedUrl)
            && canonical.AbsolutePath.Length > 1)
        {
            return UrlCanonicalizer.Canonicalize(canonical).AbsoluteUri;
        }

        return UrlCanonicalizer.Canonicalize(servedUrl).AbsoluteUri;
    }
}
