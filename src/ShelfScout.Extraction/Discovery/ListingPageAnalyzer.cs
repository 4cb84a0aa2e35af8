using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Finds product links and pagination on a category listing page of a store nobody configured.</summary>
public sealed class ListingPageAnalyzer
{
    public ListingPage Analyze(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);

        var grid = new ProductGridFinder(pageUrl).Find(document);
        var products = grid is null
            ? []
            : grid.Cards.DistinctBy(c => c.Family, StringComparer.Ordinal).Select(c => c.Url).ToList();
        var (next, pages) = new PaginationFinder(pageUrl).Find(document);
        return new ListingPage(products, next, pages);
    }
}
