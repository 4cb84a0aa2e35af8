namespace ShelfScout.Agents.Categories;

/// <summary>
/// What a sitemap file's own name says about its URLs: platforms split sitemaps by kind
/// (<c>sitemap_categories.xml</c>, <c>product-sitemap.xml</c>, <c>sitemap_collections_1.xml</c>), which is stronger
/// evidence than the shape of each URL.
/// </summary>
internal static class SitemapFileNames
{
    // Word starts, matched against the words of the file name ("sitemap" must not pass for "item"); "cat" whole, as in
    // WooCommerce's product_cat-sitemap.xml.
    private static readonly string[] CategoryWords = ["categor", "collection", "taxonom", "department", "catalog", "cat"];
    private static readonly string[] ProductWords = ["product", "item", "sku"];
    private static readonly string[] OtherWords = ["page", "post", "blog", "article", "news", "image", "video", "store", "brand", "author", "tag"];

    public static bool NamesCategories(Uri sitemapUrl) => Has(sitemapUrl, CategoryWords);

    public static bool NamesProducts(Uri sitemapUrl) => !NamesCategories(sitemapUrl) && Has(sitemapUrl, ProductWords);

    public static bool NamesOtherPages(Uri sitemapUrl) => !NamesCategories(sitemapUrl) && !NamesProducts(sitemapUrl) && Has(sitemapUrl, OtherWords);

    private static bool Has(Uri url, string[] words)
    {
        var name = url.Segments.Length == 0 ? string.Empty : url.Segments[^1];
        var tokens = name.Split(['_', '-', '.', '/'], StringSplitOptions.RemoveEmptyEntries);
        return tokens.Any(t => words.Any(w => w == "cat" ? t.Equals(w, StringComparison.OrdinalIgnoreCase) : t.StartsWith(w, StringComparison.OrdinalIgnoreCase)));
    }
}
