using AngleSharp.Dom;
using ShelfScout.Extraction.Discovery;

namespace ShelfScout.Extraction.Products;

/// <summary>The product's category trail, read by discovery's <see cref="BreadcrumbExtractor"/> (one breadcrumb reader for the whole system).</summary>
internal static class BreadcrumbEvidence
{
    private static readonly BreadcrumbExtractor Extractor = new();

    public static void Read(IDocument document, Uri pageUrl, string? productName, ProductEvidence evidence)
    {
        var names = Extractor.Extract(document, pageUrl).Select(b => DomText.Collapse(b.Name)).Where(n => n.Length > 0).ToList();

        // The trail ends at the page itself; the product is not its own category.
        if (names.Count > 0 && productName is not null && TextSimilarity.Best(names[^1], [productName]) > 0.8)
        {
            names.RemoveAt(names.Count - 1);
        }

        if (names.Count > 0)
        {
            evidence.Breadcrumbs.Add(new Candidate<IReadOnlyList<string>>(names, Sources.Dom, 1));
        }
    }
}
