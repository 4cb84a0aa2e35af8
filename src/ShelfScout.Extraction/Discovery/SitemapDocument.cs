namespace ShelfScout.Extraction.Discovery;

/// <summary>A parsed sitemap: either an index (child sitemaps) or a URL set, or both for lenient input.</summary>
public sealed record SitemapDocument(IReadOnlyList<Uri> Sitemaps, IReadOnlyList<Uri> Urls);
