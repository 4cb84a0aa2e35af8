using AngleSharp.Dom;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>Reads every kind of structured data on a page in one pass.</summary>
public static class StructuredDataReader
{
    /// <summary>Items from JSON-LD, microdata, RDFa, OpenGraph and typed embedded JSON, plus all meta tags and embedded JSON state.</summary>
    /// <remarks>Each syntax is read on its own: one that fails is left out and named in <see cref="StructuredDataSet.Failures"/>.</remarks>
    public static StructuredDataSet Read(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var isolation = new ReaderIsolation();
        var meta = isolation.Run("meta", () => OpenGraphReader.ReadMeta(document), new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase));
        var embedded = isolation.Run("embedded-json", () => EmbeddedJsonReader.Read(document), []);
        var items = new List<StructuredItem>();
        items.AddRange(isolation.Run("jsonld", () => JsonLdReader.Read(document, pageUrl), []));
        items.AddRange(isolation.Run("microdata", () => MicrodataReader.Read(document, pageUrl), []));
        items.AddRange(isolation.Run("rdfa", () => RdfaReader.Read(document, pageUrl), []));
        items.AddRange(isolation.Run("opengraph", () => OpenGraphReader.FromMeta(meta), []));
        items.AddRange(isolation.Run("embedded-json-items", () => EmbeddedJsonReader.ReadItems(embedded), []));
        return new StructuredDataSet(items, meta, embedded) { Failures = isolation.Failures.ToArray() };
    }
}
