namespace ShelfScout.Extraction.Discovery;

/// <summary>What a category listing page links to: product pages, and other pages of the same listing.</summary>
/// <param name="ProductLinks">Absolute URLs of the product pages listed (main listing only, not carousels or menus), in page order, without duplicates.</param>
/// <param name="NextPage">The next listing page, when the page names one (rel=next, a "next" link, or the page after the current number).</param>
/// <param name="PageLinks">Every other page of this listing the page links to (numbered pages), for crawlers that walk them all.</param>
public sealed record ListingPage(IReadOnlyList<Uri> ProductLinks, Uri? NextPage, IReadOnlyList<Uri> PageLinks)
{
    /// <summary>What each card of the grid shows (price, stock), when asked for; empty otherwise.</summary>
    public IReadOnlyList<ListingCard> Cards { get; init; } = [];

    /// <summary>The grid found is labelled as related, recommended or recently viewed products (a product page's side block).</summary>
    public bool GridIsSideBlock { get; init; }
}
