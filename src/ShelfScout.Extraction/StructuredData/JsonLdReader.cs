using AngleSharp.Dom;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>Reads <c>&lt;script type="application/ld+json"&gt;</c> blocks into items, flattening <c>@graph</c>.</summary>
public static class JsonLdReader
{
    /// <summary>The top-level JSON-LD items of the page, in document order.</summary>
    public static IReadOnlyList<StructuredItem> Read(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        var roots = document.QuerySelectorAll("script")
            .Where(IsJsonLd)
            .SelectMany(s => RelaxedJson.Parse(s.TextContent))
            .ToList();
        return new JsonLdConverter(StructuredSyntax.JsonLd).Convert(roots);
    }

    private static bool IsJsonLd(IElement script)
    {
        var type = script.GetAttribute("type");
        return type is not null &&
               type.Split(';')[0].Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase);
    }
}
