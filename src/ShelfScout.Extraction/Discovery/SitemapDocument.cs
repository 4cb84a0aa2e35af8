namespace ShelfScout.Extraction.Discovery;

/// <summary>A parsed sitemap: either an index (child sitemaps) or a URL set, or both for lenient input.</summary>
public sealed record SitemapDocument(IReadOnlyList<Uri> Sitemaps, IReadOnlyList<Uri> Urls)
{
    /// <summary>The <c>lastmod</c> of page URLs that state one (by absolute URL): when the page last changed, by the store's word.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> LastModified { get; init; } = new Dictionary<string, DateTimeOffset>();
}
