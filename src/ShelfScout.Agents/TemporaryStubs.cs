// Deleted when the fetching and discovery branches merge.
#pragma warning disable
namespace ShelfScout.Fetching
{
    public static class UrlCanonicalizer { public static Uri Canonicalize(Uri u) => u; }
    public sealed class RobotsTxt { public static RobotsTxt Parse(string s) => new(); public IReadOnlyList<Uri> Sitemaps => []; }
}
namespace ShelfScout.Extraction.Discovery
{
    public static class SitemapUrlClassifier { public static bool NamesCategorySitemap(Uri u) => false; public static bool NamesProductSitemap(Uri u) => false; public static bool LooksLikeCategory(Uri u) => false; }
}
