using AngleSharp.Dom;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>Reads every kind of structured data on a page in one pass.</summary>
public static class StructuredDataReader
{
    /// <summary>Items from JSON-LD, microdata, RDFa, OpenGraph and typed embedded JSON, plus all meta tags and embedded JSON state.</summary>
    public static StructuredDataSet Read(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var meta = OpenGraphReader.ReadMeta(document);
        var embedded = EmbeddedJsonReader.Read(document);
        var items = new List<StructuredItem>();
        items.AddRange(JsonLdReader.Read(document, pageUrl));
        items.AddRange(MicrodataReader.Read(document, pageUrl));
        items.AddRange(RdfaReader.Read(document, pageUrl));
        items.AddRange(OpenGraphReader.FromMeta(meta));
        items.AddRange(EmbeddedJsonReader.ReadItems(embedded));
        return new StructuredDataSet(items, meta, embedded);
    }
}
