using ShelfScout.Domain.Sites;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Crawling;

/// <summary>Builds frontier seeds: the canonical key of a URL and the priority of the reason it was found for.</summary>
internal static class CrawlSeeds
{
    /// <summary>The key a page is known by in the frontier and the catalogue.</summary>
    public static string Key(Uri url) => SiteIdentity.PageKey(url);

    /// <summary>A seed fetched by its canonical spelling (no fragment, no tracking parameters).</summary>
    public static FrontierSeed Seed(Uri url, FrontierReason reason, string? contextKey, string? label, int depth, bool deferred = false)
    {
        var key = Key(url);
        return new(key, key, reason, Priority(reason), contextKey, Trim(label), depth, deferred);
    }

    /// <summary>The highest priority of a navigation entry: product cards and sitemap products come after it.</summary>
    public const int LastNavigationPriority = 5;

    /// <summary>Where a product page whose role waits for its template group goes: after everything else, exploration included.</summary>
    public const int RedecidePriority = 10;

    /// <summary>Where review pages go: after every page of the catalogue.</summary>
    public const int ReviewsPriority = 11;

    /// <summary>
    /// A page of the reviews of product <paramref name="productId"/> (page <paramref name="page"/>, 1 for the product's own
    /// page), keyed apart from the page's own entry.
    /// </summary>
    public static FrontierSeed Reviews(Uri url, long productId, int page)
    {
        var key = Key(url);
        return new(key, key + ReviewsSuffix, FrontierReason.Reviews, ReviewsPriority, null, productId.ToString(System.Globalization.CultureInfo.InvariantCulture), page, false);
    }

    private const string ReviewsSuffix = "#reviews";

    /// <summary>Navigation first (the tree and every listing's first page), then further listing pages, then products; sitemap products last, as a coverage sweep.</summary>
    public static int Priority(FrontierReason reason) => reason switch
    {
        FrontierReason.Start => 0,
        // A content page stays one even when a menu links to it too: its priority keeps the sitemap's word.
        FrontierReason.Menu or FrontierReason.ContentSitemap => 1,
        FrontierReason.Subcategory or FrontierReason.Sitemap or FrontierReason.Breadcrumb => 2,
        FrontierReason.Link => 3,
        FrontierReason.Pagination => 4,
        FrontierReason.ProductCard => 6,
        FrontierReason.ProductSitemap => 8,
        FrontierReason.Explore => 9,
        FrontierReason.Reviews => ReviewsPriority,
        _ => 5,
    };

    private static string? Trim(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var text = string.Join(' ', label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 200 ? text : text[..200];
    }
}
