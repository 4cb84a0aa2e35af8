using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Finds product links and pagination on a category listing page of a store nobody configured.</summary>
public sealed class ListingPageAnalyzer
{
    public ListingPage Analyze(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        throw new NotImplementedException("Being written for issue 2 (discovery).");
    }
}
