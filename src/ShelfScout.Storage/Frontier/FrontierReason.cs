namespace ShelfScout.Storage.Frontier;

/// <summary>Why a URL was queued: the evidence that led the crawl to it.</summary>
public enum FrontierReason
{
    /// <summary>The start URL of the crawl.</summary>
    Start,

    /// <summary>A link of the site's navigation menu.</summary>
    Menu,

    /// <summary>A link of a listing or category page to a page below it (a subcategory candidate).</summary>
    Subcategory,

    /// <summary>Another page of a listing.</summary>
    Pagination,

    /// <summary>A URL from a sitemap that looks like a category.</summary>
    Sitemap,

    /// <summary>A URL from a product sitemap.</summary>
    ProductSitemap,

    /// <summary>A product card of a listing.</summary>
    ProductCard,

    /// <summary>A breadcrumb link of a product or listing page.</summary>
    Breadcrumb,

    /// <summary>Any other same-site link of a navigation page (home page content, hub pages).</summary>
    Link,

    /// <summary>A URL the site's own sitemap lists among its content pages (not categories, not products): crawled for the links it holds, never a category.</summary>
    ContentSitemap,

    /// <summary>
    /// Any other same-site link of a page read (a product page's "more in this collection", a footer, a content page, a
    /// filter or sort variant's plain listing): read after everything else, for coverage, within the run's exploration budget.
    /// </summary>
    Explore,

    /// <summary>
    /// A page of a product's reviews, for the reviews stage: the product's own page (a product whose page the crawl did not
    /// read) or a further page of its reviews. Keyed apart from the page itself (<c>#reviews</c>), as the same URL's
    /// product entry is another piece of work.
    /// </summary>
    Reviews,
}
