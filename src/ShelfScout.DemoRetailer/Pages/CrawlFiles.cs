using System.Globalization;
using System.Text;
using ShelfScout.DemoRetailer.Markup;

namespace ShelfScout.DemoRetailer.Pages;

/// <summary>robots.txt and the XML sitemaps: an index pointing to page, category and product sitemaps.</summary>
internal static class CrawlFiles
{
    public const int ProductsPerSitemap = 500;

    public static string Robots(string origin, IReadOnlyList<string> extraDisallow)
    {
        var sb = new StringBuilder();
        sb.Append("# robots.txt for ").Append(SiteChrome.StoreName).Append('\n')
            .Append("User-agent: *\n")
            .Append("Disallow: /cart\nDisallow: /account\nDisallow: /search\n");
        foreach (var path in extraDisallow)
        {
            sb.Append("Disallow: ").Append(path).Append('\n');
        }

        sb.Append('\n').Append("Sitemap: ").Append(origin).Append("/sitemap.xml\n");
        return sb.ToString();
    }

    public static int ProductSitemapCount(DemoCatalog catalog) =>
        Math.Max(1, (catalog.Products.Count + ProductsPerSitemap - 1) / ProductsPerSitemap);

    public static string Index(string origin, DemoCatalog catalog, int day)
    {
        var lastmod = LastModified(day);
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        Sitemap(sb, origin + "/sitemap_pages.xml", lastmod);
        Sitemap(sb, origin + "/sitemap_categories.xml", lastmod);
        for (var i = 1; i <= ProductSitemapCount(catalog); i++)
        {
            Sitemap(sb, origin + "/sitemap_products_" + i.ToString(CultureInfo.InvariantCulture) + ".xml", lastmod);
        }

        return sb.Append("</sitemapindex>\n").ToString();
    }

    public static string Pages(string origin, DemoCatalog catalog)
    {
        List<string> paths = ["/", "/pages/about-us", "/pages/contact", "/pages/shipping", "/blog", .. BlogPosts.All.Select(p => "/blog/" + p.Slug)];
        if (catalog.Shape.LandingPage)
        {
            paths.Add(DemoCatalog.LandingPath);
        }

        if (catalog.Shape.CustomersOnlyPage)
        {
            paths.Add(DemoCatalog.CustomersOnlyPath);
        }

        return UrlSet(origin, paths, image: null);
    }

    /// <summary>Menu categories, each with the latest day any product it lists changed offer as its lastmod.</summary>
    public static string Categories(string origin, DemoCatalog catalog, int day)
    {
        var categories = catalog.Categories.Where(catalog.IsInMenu).ToList();
        var lastmod = categories.ToDictionary(
            c => c.RelativeUrl,
            c => LastModified(catalog.ProductsIn(c).Select(p => catalog.LastChangedDay(p, day)).DefaultIfEmpty(0).Max()),
            StringComparer.Ordinal);
        return UrlSet(origin, categories.Select(c => c.RelativeUrl), image: null, lastmod);
    }

    public static string? Products(string origin, DemoCatalog catalog, int part, int day)
    {
        if (part < 1 || part > ProductSitemapCount(catalog))
        {
            return null;
        }

        var products = catalog.Products.Skip((part - 1) * ProductsPerSitemap).Take(ProductsPerSitemap).Where(catalog.IsOnSale).ToList();
        var images = products.ToDictionary(p => p.RelativeUrl, p => p.ImageRelativeUrls[0], StringComparer.Ordinal);
        var lastmod = products.ToDictionary(p => p.RelativeUrl, p => LastModified(catalog.LastChangedDay(p, day)), StringComparer.Ordinal);
        return UrlSet(origin, products.Select(p => p.RelativeUrl), images, lastmod);
    }

    private static string UrlSet(string origin, IEnumerable<string> paths, Dictionary<string, string>? image, Dictionary<string, string>? lastmod = null)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"");
        sb.Append(image is null ? ">\n" : " xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\">\n");
        foreach (var path in paths)
        {
            sb.Append("<url><loc>").AppendEscaped(origin + path).Append("</loc>");
            if (lastmod is not null && lastmod.TryGetValue(path, out var modified))
            {
                sb.Append("<lastmod>").Append(modified).Append("</lastmod>");
            }

            if (image is not null && image.TryGetValue(path, out var src))
            {
                sb.Append("<image:image><image:loc>").AppendEscaped(origin + src).Append("</image:loc></image:image>");
            }

            sb.Append("</url>\n");
        }

        return sb.Append("</urlset>\n").ToString();
    }

    private static void Sitemap(StringBuilder sb, string loc, string lastmod) =>
        sb.Append("<sitemap><loc>").AppendEscaped(loc).Append("</loc><lastmod>").Append(lastmod).Append("</lastmod></sitemap>\n");

    private static string LastModified(int day) => DemoCatalog.FirstDate.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
