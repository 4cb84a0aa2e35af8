using AngleSharp.Dom;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Products;

/// <summary>The one product-page extraction engine: a pure function from a parsed page (and its URL) to product fields.</summary>
public sealed class ProductExtractor
{
    /// <summary>Extracts the main product of the page, or says the page is not a product page.</summary>
    public ProductExtraction Extract(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        throw new NotImplementedException("Being written for issue 3.");
    }
}
