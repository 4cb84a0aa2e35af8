using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Extraction.Products;

/// <summary>Names of evidence sources as reported in <c>ProductExtraction.Sources</c>.</summary>
internal static class Sources
{
    public const string JsonLd = "jsonld";
    public const string Microdata = "microdata";
    public const string Rdfa = "rdfa";
    public const string OpenGraph = "opengraph";
    public const string EmbeddedJson = "embedded-json";
    public const string Dom = "dom";
    public const string Meta = "meta";

    public static string Of(StructuredSyntax syntax) => syntax switch
    {
        StructuredSyntax.JsonLd => JsonLd,
        StructuredSyntax.Microdata => Microdata,
        StructuredSyntax.Rdfa => Rdfa,
        StructuredSyntax.OpenGraph => OpenGraph,
        _ => EmbeddedJson,
    };

    public static bool IsMarkup(string source) => source is not Dom;
}
