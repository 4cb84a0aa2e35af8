namespace ShelfScout.Extraction.Discovery;

/// <summary>Parses sitemap XML (urlset and sitemapindex; a plain-text list of URLs too).</summary>
public static class SitemapReader
{
    public static SitemapDocument Parse(string content, Uri sitemapUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        throw new NotImplementedException("Being written for issue 2 (discovery).");
    }
}
