using AngleSharp.Dom;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Products.Variants;
using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Extraction.Products;

/// <summary>The one product-page extraction engine: a pure function from a parsed page (and its URL) to product fields.</summary>
/// <remarks>
/// Every source (JSON-LD, microdata, RDFa, product meta tags, the visible page) contributes weighted candidates per
/// field; <see cref="ProductFusion"/> decides each field, preferring values two independent sources agree on.
/// </remarks>
public sealed class ProductExtractor
{
    /// <summary>Extracts the main product of the page, or says the page is not a product page.</summary>
    /// <remarks>Never throws on page content: a reader that fails loses its own evidence, named in <see cref="ProductExtraction.ReaderFailures"/>.</remarks>
    public ProductExtraction Extract(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var (evidence, hasTitle, failures) = Gather(document, pageUrl);
        var isolation = new ReaderIsolation();
        var extraction = isolation.Run("fusion", () => ProductFusion.Decide(evidence, pageUrl, hasTitle), new ProductExtraction(false, null, new Dictionary<string, string>()));
        return extraction with { ReaderFailures = [.. failures, .. isolation.Failures] };
    }

    /// <summary>
    /// Reads the page as a product page unless it is clearly something else (a listing, a search page, an error page):
    /// the fields are decided even when the recognition is unsure, and the recognition says how sure it is and why.
    /// </summary>
    /// <remarks>
    /// What <c>shelfscout extract</c> prints. The crawl decides a page's role with <see cref="Extract"/>, whose
    /// stricter product decision this does not change.
    /// </remarks>
    public ProductReading Read(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var (evidence, hasTitle, failures) = Gather(document, pageUrl);
        var isolation = new ReaderIsolation();
        var empty = new ProductExtraction(false, null, new Dictionary<string, string>());
        var extraction = isolation.Run("fusion", () => ProductFusion.Decide(evidence, pageUrl, hasTitle, always: true), empty);
        var unsure = new ProductRecognition(extraction.IsProductPage, extraction.IsProductPage ? 0.5 : 0, []);
        var recognition = extraction.Product is { } product
            ? isolation.Run("recognition", () => PageRecognizer.Recognize(document, pageUrl, evidence, hasTitle, product), unsure)
            : unsure;
        return new ProductReading(
            extraction with
            {
                IsProductPage = recognition.IsProductPage,
                // A page that is clearly something else carries no product, as before; an unsure one carries its fields.
                Product = recognition.IsProductPage ? extraction.Product : null,
                Sources = recognition.IsProductPage ? extraction.Sources : new Dictionary<string, string>(),
                ReaderFailures = [.. failures, .. isolation.Failures],
            },
            recognition);
    }

    /// <summary>Every candidate from every source, before the vote (also what diagnostics print), and the readers that failed.</summary>
    internal static (ProductEvidence Evidence, bool HasTitle, IReadOnlyList<ReaderFailure> Failures) Gather(IDocument document, Uri pageUrl)
    {
        var evidence = new ProductEvidence();
        var isolation = new ReaderIsolation();

        // Each reader writes into evidence of its own, kept only when it finishes: a failure loses that reader's
        // evidence for this page, never half of it.
        void Read(string reader, Action<ProductEvidence> read)
        {
            var own = new ProductEvidence();
            if (isolation.Run(reader, () => { read(own); return true; }, false))
            {
                evidence.Absorb(own);
            }
        }

        var data = StructuredDataReader.Read(document, pageUrl);
        var references = new List<string>();
        isolation.Run("title", () =>
        {
            AddReference(references, document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
            AddReference(references, document.Title);
        });
        Read("structured-product", e => StructuredProductReader.Read(data, pageUrl, references, e));
        foreach (var structuredName in evidence.Name.Where(n => n.Source != Sources.OpenGraph))
        {
            AddReference(references, structuredName.Value);
        }

        var region = isolation.Run("dom-region", () => MainProductRegion.Locate(document, references), null);
        if (region?.Title is not null)
        {
            var weight = region.Title.LocalName == "h1" ? 1.0 : 0.7;
            ProductEvidence.Add(evidence.Name, DomText.Spaced(region.Title), Sources.Dom, weight);
            // The shown title names the product too: the storefront object that carries it is the page's (a product
            // without options is one default variant, whose cart state is the product's).
            AddReference(references, DomText.Spaced(region.Title));
        }

        if (region is not null)
        {
            var currencyHint = FieldVote.Decide(evidence.Currency, StringComparer.OrdinalIgnoreCase)?.Value;
            Read("dom-price", e => DomPriceReader.Read(document, pageUrl, region, currencyHint, e));
            Read("dom-availability", e => DomAvailabilityReader.Read(document, pageUrl, region, e));
            Read("dom-identifiers", e => DomIdentifierReader.Read(document, pageUrl, region, e));
            Read("dom-rating", e => DomRatingReader.Read(document, region, e));
        }

        // The names the page gives its product (heading, markup), not the document title, which may carry the id itself.
        var shownNames = evidence.Name.Where(n => n.Source != Sources.OpenGraph).Select(n => n.Value).ToList();
        Read("url", e => UrlIdentifierReader.Read(pageUrl, shownNames, e));
        Read("url-shown", e => UrlIdentifierReader.ReadShown(pageUrl, evidence.VisibleTokens, e));
        Read("embedded-variants", e => e.AddVariants(EmbeddedVariantReader.FromScripts(data.EmbeddedJson), Sources.EmbeddedJson, 1.5));
        Read("dom-variants", e => e.AddVariants(EmbeddedVariantReader.FromVariationsForm(document), Sources.Attribute, 1.5));
        Read("storefront-stock", e => e.AddVariantStock(StorefrontStock.FromScripts(data.EmbeddedJson, pageUrl, references), Sources.EmbeddedJson));
        Read("variations-stock", e => e.AddVariantStock(StorefrontStock.FromVariationsForm(document), Sources.Attribute));
        var name = FieldVote.Decide(evidence.Name, StringComparer.OrdinalIgnoreCase)?.Value;
        if (region is not null)
        {
            Read("dom-images", e => DomImageReader.Read(document, pageUrl, region, name, e));
        }

        Read("breadcrumbs", e => BreadcrumbEvidence.Read(document, pageUrl, name, e));
        Read("canonical", e => ProductEvidence.Add(e.CanonicalUrl, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") is { } canonical && Uri.TryCreate(pageUrl, canonical, out var c) ? c.AbsoluteUri : null, Sources.Dom, 1));

        return (evidence, region?.Title is not null, [.. data.Failures, .. isolation.Failures]);
    }

    private static void AddReference(List<string> references, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            references.Add(text);
        }
    }
}
