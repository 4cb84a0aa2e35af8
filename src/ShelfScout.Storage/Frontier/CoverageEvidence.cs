namespace ShelfScout.Storage.Frontier;

/// <summary>
/// What a crawl's frontier says about the products it may have missed, independent of what it stored: the raw material
/// of a <see cref="Domain.Runs.CoverageEstimate"/>.
/// </summary>
/// <param name="Listings">Every category listing that stated (or whose pager implied) how many products it holds, with how many of its cards became products.</param>
/// <param name="CardsNotProducts">Card targets of category listings that were read and taken for neither a product nor a listing (nor were dead links).</param>
/// <param name="SitemapNotProducts">Product-sitemap URLs read and not taken for a product (nor dead).</param>
/// <param name="ProductPagesLost">Card or sitemap product pages that failed for good.</param>
/// <param name="ListingPagesLost">Navigation and listing pages that failed for good (their products are not counted anywhere).</param>
/// <param name="MenuUnread">Menu categories never read (queued or failed).</param>
public sealed record CoverageEvidence(
    IReadOnlyList<ListingCount> Listings,
    int CardsNotProducts,
    int SitemapNotProducts,
    int ProductPagesLost,
    int ListingPagesLost,
    int MenuUnread)
{
    /// <summary>A few of the card and sitemap targets that were read and not taken for products, for the summary.</summary>
    public IReadOnlyList<string> NotProductExamples { get; init; } = [];
}

/// <summary>A category listing's own count of its products, and the products the crawl stored from its cards.</summary>
/// <param name="CategoryUrl">The listing's first page.</param>
/// <param name="Expected">The products it says it holds.</param>
/// <param name="Found">Its card targets that the crawl holds as products (or that were dead links: no product to miss).</param>
/// <param name="Basis">How the listing said so.</param>
/// <param name="Pages">The pager's last page number, when it has one.</param>
/// <param name="PagesRead">The listing's pages the crawl read (its first page and the pages its pager led to).</param>
public sealed record ListingCount(string CategoryUrl, int Expected, int Found, ExpectationBasis Basis, int? Pages, int PagesRead);
