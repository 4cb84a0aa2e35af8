namespace ShelfScout.Extraction.Discovery;

/// <summary>The discovery vocabularies other parts of the crawl need (see <c>Discovery/Vocabulary</c>).</summary>
public static class DiscoveryWords
{
    /// <summary>True when a URL path segment names a basket, checkout, account or sign-in page.</summary>
    public static bool IsNonCatalogSegment(string segment) => DiscoveryVocabulary.IsNonCatalogSegment(segment);

    /// <summary>True when the page's main content says it lists no products (an empty category).</summary>
    public static bool SaysNoProducts(AngleSharp.Dom.IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var main = document.QuerySelector("main") ?? document.Body;
        var text = ElementTraits.CleanText(main?.TextContent);
        return DiscoveryVocabulary.EmptyListing.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The folder a path sits in, the family of its siblings: <c>/shop/tea/</c> gives <c>/shop/</c>; the root gives <c>/</c>.</summary>
    public static string ParentPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = path.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash <= 0 ? "/" : trimmed[..(slash + 1)];
    }

    /// <summary>The site's home page: an empty path or an index document (<c>/index.html</c>, a locale root), with no query.</summary>
    public static bool IsSiteRoot(Uri url) => SiteUrl.IsSiteRoot(url);
}
