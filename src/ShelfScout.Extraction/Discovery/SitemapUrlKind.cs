namespace ShelfScout.Extraction.Discovery;

/// <summary>What a URL from a sitemap probably is, judged by its shape alone.</summary>
public enum SitemapUrlKind
{
    /// <summary>Nothing in the URL says what it is.</summary>
    Unknown,

    /// <summary>Looks like a product detail page.</summary>
    Product,

    /// <summary>Looks like a category or collection listing.</summary>
    Category,

    /// <summary>Looks like content that is neither (blog post, policy, account, search).</summary>
    Other,
}
