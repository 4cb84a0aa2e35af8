namespace ShelfScout.Agents.Crawling;

/// <summary>
/// The template of a page's URL: its first path segment, how many segments it has, and how it ends (<c>.html</c>, a
/// trailing slash). <c>/collections/tea</c> gives <c>/collections/#2</c>, <c>/product-category/tea/green/</c> gives
/// <c>/product-category/#3/</c>, <c>/knives.html</c> gives <c>/#1.html</c>. Pages of one kind on one site share a
/// template (Shopify collections, WooCommerce product categories, Magento category paths), while the listings a site
/// builds for tags, brands and filters sit under other first segments or deeper; so a listing reached by exploring
/// is taken for a category only when categories reached through the site's navigation share its template.
/// </summary>
public static class UrlTemplate
{
    public static string Of(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.AbsolutePath;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return "/";
        }

        var last = segments[^1];
        var dot = last.LastIndexOf('.');
        var ending = (dot > 0 ? last[dot..].ToLowerInvariant() : string.Empty) + (path.EndsWith('/') ? "/" : string.Empty);
        var first = segments.Length > 1 ? segments[0].ToLowerInvariant() : string.Empty;
        return $"/{first}#{segments.Length}{ending}";
    }
}
