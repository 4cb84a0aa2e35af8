using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Finds product links and pagination on a category listing page of a store nobody configured.</summary>
/// <remarks>
/// The product grid is the best-scoring block of repeated single-product cards (see <see cref="ProductGridFinder"/>);
/// pagination is read from rel=next, "next" words in many languages, and numbered links of the same listing.
/// </remarks>
public sealed class ListingPageAnalyzer
{
    /// <summary>The listing's product links (main grid only, page order, deduplicated), its next page and its other numbered pages.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="pageUrl">Where it was served from.</param>
    /// <param name="knownCategory">True when the link that led here says the page is a category: a single pictured card counts without a price.</param>
    /// <param name="readCards">Also read each card's price and stock (<see cref="ListingPage.Cards"/>), for re-checks that trust unchanged cards.</param>
    public ListingPage Analyze(IDocument document, Uri pageUrl, bool knownCategory = false, bool readCards = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);

        var grid = new ProductGridFinder(pageUrl, knownCategory).Find(document);
        var products = grid is null
            ? []
            : grid.Cards.DistinctBy(c => c.Family, StringComparer.Ordinal).Select(c => c.Url).ToList();
        var (next, pages) = new PaginationFinder(pageUrl).Find(document);
        var cards = readCards && grid is not null
            ? grid.Cards.DistinctBy(c => c.Family, StringComparer.Ordinal).Select(CardOfferReader.Read).ToList()
            : [];
        return new ListingPage(products, next, pages) { Cards = cards, GridIsSideBlock = grid?.IsLabelledAsSideBlock == true };
    }
}
