using AngleSharp.Dom;
using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Extraction.Reviews;

/// <summary>
/// Reads customer reviews from a product page or a page of reviews: structured data (JSON-LD / microdata / RDFa
/// <c>Review</c>) when the page has it, else the repeated review blocks of the visible page; and finds the link to
/// the next page of reviews.
/// </summary>
public sealed class ReviewExtractor
{
    public ReviewPage Extract(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        var structured = StructuredReviewReader.Read(StructuredDataReader.Read(document, pageUrl));
        var section = ReviewSectionFinder.Find(document);
        var reviews = structured.Count > 0 ? structured : DomReviewReader.Read(section);
        var next = ReviewPagination.FindNext(document, section, pageUrl);
        return new ReviewPage(reviews, next);
    }
}
