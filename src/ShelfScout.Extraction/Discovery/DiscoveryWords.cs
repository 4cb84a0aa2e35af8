namespace ShelfScout.Extraction.Discovery;

/// <summary>The discovery vocabularies other parts of the crawl need (see <c>Discovery/Vocabulary</c>).</summary>
public static class DiscoveryWords
{
    /// <summary>True when a URL path segment names a basket, checkout, account or sign-in page.</summary>
    public static bool IsNonCatalogSegment(string segment) => DiscoveryVocabulary.IsNonCatalogSegment(segment);

    /// <summary>The site's home page: an empty path or an index document (<c>/index.html</c>, a locale root), with no query.</summary>
    public static bool IsSiteRoot(Uri url) => SiteUrl.IsSiteRoot(url);
}
