using AngleSharp.Dom;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Products;

namespace ShelfScout.Extraction.Discovery;

/// <summary>
/// Everything one page says about itself, read once: the product it describes, its grid and pager, and the page's own
/// classification with the evidence behind it. A pure result: the crawl decides the page's role from it and its site's
/// other pages (the page's own kind is one vote), and never reads the document for the same things again.
/// </summary>
/// <param name="Extraction">The product the page describes, if any.</param>
/// <param name="Listing">Its main grid's product links and its pager (empty for a page that is plainly one product's).</param>
/// <param name="Classification">What the page reads as on its own, and why.</param>
public sealed record PageReading(ProductExtraction Extraction, ListingPage Listing, PageClassification Classification)
{
    private int? _statedCount;
    private string? _shape;
    private bool _shapeRead;

    /// <summary>The page itself.</summary>
    public required IDocument Document { get; init; }

    /// <summary>The count of products the page states ("Showing 1–20 of 458 results"), 0 when it states none; read when first asked.</summary>
    public int StatedCount => _statedCount ??= MorePagesHint.StatedCount(Document);

    /// <summary>The shape of its main content (<see cref="ContentShape"/>), null without a main heading; read when first asked.</summary>
    public string? Shape
    {
        get
        {
            if (!_shapeRead)
            {
                (_shape, _shapeRead) = (ContentShape.Of(Document), true);
            }

            return _shape;
        }
    }
}

/// <summary>Reads a parsed page into a <see cref="PageReading"/>. Safe for concurrent use.</summary>
public sealed class PageReader(ProductExtractor extractor)
{
    private static readonly ListingPage NoListing = new([], null, []);
    private readonly PageClassifier _classifier = new();
    private readonly ListingPageAnalyzer _listings = new();

    /// <param name="document">The parsed page.</param>
    /// <param name="url">Where it was served from.</param>
    /// <param name="expectation">What the link that led to it suggests (a card: a product; navigation: a category).</param>
    /// <param name="readCards">Read each card's price and stock too (a re-check compares them with the stored offers).</param>
    public PageReading Read(IDocument document, Uri url, PageExpectation expectation, bool readCards)
    {
        var extraction = extractor.Extract(document, url);
        var obvious = expectation == PageExpectation.Product ? PageClassifier.ObviousProduct(document, extraction) : null;
        var listing = obvious is not null ? NoListing : _listings.Analyze(document, url, knownCategory: expectation == PageExpectation.Category, readCards);
        var classification = obvious ?? _classifier.Classify(document, url, extraction, listing, expectation);
        return new PageReading(extraction, listing, classification) { Document = document };
    }
}
