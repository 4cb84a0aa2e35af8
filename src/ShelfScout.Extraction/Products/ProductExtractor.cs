using AngleSharp.Dom;
using ShelfScout.Domain.Catalog;
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
    public ProductExtraction Extract(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var (evidence, hasTitle) = Gather(document, pageUrl);
        return ProductFusion.Decide(evidence, pageUrl, hasTitle);
    }

    /// <summary>Every candidate from every source, before the vote (also what diagnostics print).</summary>
    internal static (ProductEvidence Evidence, bool HasTitle) Gather(IDocument document, Uri pageUrl)
    {
        var evidence = new ProductEvidence();
        var data = StructuredDataReader.Read(document, pageUrl);
        var references = new List<string>();
        AddReference(references, document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        AddReference(references, document.Title);
        StructuredProductReader.Read(data, pageUrl, references, evidence);
        foreach (var structuredName in evidence.Name.Where(n => n.Source != Sources.OpenGraph))
        {
            AddReference(references, structuredName.Value);
        }

        var region = MainProductRegion.Locate(document, references);
        if (region.Title is not null)
        {
            var weight = region.Title.LocalName == "h1" ? 1.0 : 0.7;
            ProductEvidence.Add(evidence.Name, DomText.Spaced(region.Title), Sources.Dom, weight);
        }

        var currencyHint = FieldVote.Decide(evidence.Currency, StringComparer.OrdinalIgnoreCase)?.Value;
        DomPriceReader.Read(document, pageUrl, region, currencyHint, evidence);
        DomAvailabilityReader.Read(document, pageUrl, region, evidence);
        DomIdentifierReader.Read(document, region, evidence);
        UrlIdentifierReader.Read(pageUrl, evidence);
        DomRatingReader.Read(document, region, evidence);
        var name = FieldVote.Decide(evidence.Name, StringComparer.OrdinalIgnoreCase)?.Value;
        DomImageReader.Read(document, pageUrl, region, name, evidence);
        BreadcrumbEvidence.Read(document, pageUrl, name, evidence);
        ProductEvidence.Add(evidence.CanonicalUrl, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") is { } canonical && Uri.TryCreate(pageUrl, canonical, out var c) ? c.AbsoluteUri : null, Sources.Dom, 1);

        return (evidence, region.Title is not null);
    }

    private static void AddReference(List<string> references, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            references.Add(text);
        }
    }
}
