using AngleSharp.Dom;

namespace ShelfScout.Extraction.Reviews;

/// <summary>Reads customer reviews from structured data (JSON-LD / microdata Review) and finds review pagination.</summary>
public sealed class ReviewExtractor
{
    public ReviewPage Extract(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        throw new NotImplementedException("Being written for issue 3.");
    }
}
