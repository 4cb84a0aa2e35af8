// Deleted when the fetching and discovery branches merge.
#pragma warning disable
namespace ShelfScout.Extraction.Discovery
{
    public static class SitemapUrlClassifier { public static bool NamesCategorySitemap(Uri u) => false; public static bool NamesProductSitemap(Uri u) => false; public static bool LooksLikeCategory(Uri u) => false; }
}
