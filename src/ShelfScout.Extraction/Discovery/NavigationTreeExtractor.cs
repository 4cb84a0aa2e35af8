using AngleSharp.Dom;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Reads the category tree from a home page's navigation (nested menus).</summary>
public sealed class NavigationTreeExtractor
{
    /// <summary>The top-level categories with their children; empty when the page has no recognisable category menu.</summary>
    public IReadOnlyList<CategoryNode> Extract(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        throw new NotImplementedException("Being written for issue 2 (discovery).");
    }
}
