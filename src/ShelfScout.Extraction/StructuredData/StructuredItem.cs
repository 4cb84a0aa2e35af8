namespace ShelfScout.Extraction.StructuredData;

/// <summary>
/// A typed thing read from a page. Types and property names are short ("Product", "offers") when they come from
/// schema.org; other vocabularies keep their prefix ("og:title").
/// </summary>
public sealed record StructuredItem(
    StructuredSyntax Syntax,
    IReadOnlyList<string> Types,
    IReadOnlyDictionary<string, IReadOnlyList<StructuredValue>> Properties,
    string? Id);
