using System.Text.RegularExpressions;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Guesses from its shape whether a sitemap URL is a product, a category or neither. A hint for ordering work, never proof.</summary>
/// <remarks>
/// Marker segments decide first ("/products/x", "/p/x", "/product-category/x", "/collections/x", "/c/x"), with product
/// markers winning because stores nest products under collections. Without markers, an id-bearing or long slug leaf
/// (".html" leaf, "-12345", "/p12345") suggests a product and a short slug under "/shop/" a category.
/// </remarks>
public static partial class SitemapUrlClassifier
{
    private static readonly HashSet<string> ProductMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "product", "products", "p", "prod", "item", "items", "dp", "produkt", "produkte", "produit", "produits",
        "producto", "productos", "prodotto", "prodotti", "produto", "produtos", "artikel", "artikelen", "sku", "pd",
    };

    private static readonly HashSet<string> CategoryMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "category", "categories", "product-category", "product-categories", "collections", "collection", "c", "cat",
        "catalog", "catalogue", "kategorie", "kategorien", "categorie", "categoria", "categorias", "department",
        "departments", "dept", "browse", "shop-by", "range", "ranges", "b",
    };

    private static readonly HashSet<string> OtherMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "blog", "blogs", "news", "pages", "page", "article", "articles", "journal", "account", "cart", "checkout",
        "search", "login", "policies", "policy", "privacy", "terms", "help", "faq", "contact", "about", "tag", "tags",
        "author", "stores", "wp-content", "media",
    };

    /// <summary>The most likely kind of page behind <paramref name="url"/>.</summary>
    public static SitemapUrlKind Classify(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        if (segments.Length == 0)
        {
            return QueryKind(url.Query);
        }

        // "catalog/product/view/id/5" and "catalog/category/view/id/3": the second segment names the kind.
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (ProductMarkers.Contains(segments[i]))
            {
                return SitemapUrlKind.Product;
            }
        }

        for (var i = 0; i < segments.Length; i++)
        {
            if (CategoryMarkers.Contains(segments[i]) && (i < segments.Length - 1 || segments.Length == 1))
            {
                return SitemapUrlKind.Category;
            }
        }

        if (OtherMarkers.Contains(segments[0]))
        {
            return SitemapUrlKind.Other;
        }

        return LeafKind(segments);
    }

    /// <summary>Splits URLs into products, categories and others (unknown or non-catalogue), keeping their order.</summary>
    public static (IReadOnlyList<Uri> Products, IReadOnlyList<Uri> Categories, IReadOnlyList<Uri> Others) Split(IEnumerable<Uri> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var lookup = urls.ToLookup(Classify);
        return (lookup[SitemapUrlKind.Product].ToList(), lookup[SitemapUrlKind.Category].ToList(),
            lookup[SitemapUrlKind.Unknown].Concat(lookup[SitemapUrlKind.Other]).ToList());
    }

    private static SitemapUrlKind LeafKind(string[] segments)
    {
        var leaf = segments[^1];
        var slug = Path.GetFileNameWithoutExtension(leaf);
        var isHtml = leaf.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || leaf.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
        var words = slug.Split('-', '_').Count(w => w.Length > 0);
        var hasId = TrailingIdPattern().IsMatch(slug) || LeadingIdPattern().IsMatch(slug) || slug.All(char.IsAsciiDigit) && slug.Length >= 4;

        if (hasId && (isHtml || words >= 2 || segments.Length >= 2))
        {
            // PrestaShop: "/3-clothes" is a category, "/men/1-hummingbird-printed-t-shirt.html" a product.
            return LeadingIdPattern().IsMatch(slug) && !isHtml && segments.Length == 1 ? SitemapUrlKind.Category : SitemapUrlKind.Product;
        }

        if (segments[0].Equals("shop", StringComparison.OrdinalIgnoreCase) || segments[0].Equals("store", StringComparison.OrdinalIgnoreCase))
        {
            return segments.Length >= 2 && words >= 4 ? SitemapUrlKind.Product : SitemapUrlKind.Category;
        }

        if (isHtml)
        {
            return words >= 3 ? SitemapUrlKind.Product : SitemapUrlKind.Category;
        }

        return SitemapUrlKind.Unknown;
    }

    private static SitemapUrlKind QueryKind(string query)
    {
        if (query.Contains("product", StringComparison.OrdinalIgnoreCase))
        {
            return SitemapUrlKind.Product;
        }

        return query.Contains("categor", StringComparison.OrdinalIgnoreCase) ? SitemapUrlKind.Category : SitemapUrlKind.Unknown;
    }

    [GeneratedRegex(@"(?:[-_](?:p|i|id|sku|art)?-?\d{4,}|[-_]p\d+|\d{5,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingIdPattern();

    [GeneratedRegex(@"^\d+-[a-z]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingIdPattern();
}
