namespace ShelfScout.Extraction.StructuredData;

/// <summary>The markup a structured item was read from.</summary>
public enum StructuredSyntax
{
    JsonLd,
    Microdata,
    Rdfa,
    OpenGraph,
    EmbeddedJson,
}
