namespace ShelfScout.Storage.Records;

/// <summary>
/// What the page's answer and the sitemap said about the product page's freshness, kept for the next conditional request
/// and sitemap comparison (null values keep the stored ones).
/// </summary>
public sealed record OfferFreshness(string? ETag, string? LastModified, string? SitemapLastmod);
