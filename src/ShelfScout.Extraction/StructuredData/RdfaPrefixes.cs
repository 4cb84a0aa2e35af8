namespace ShelfScout.Extraction.StructuredData;

/// <summary>RDFa prefix mappings: the RDFa initial context plus those declared with <c>prefix="..."</c>.</summary>
internal static class RdfaPrefixes
{
    public static IReadOnlyDictionary<string, string> Defaults { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["schema"] = "http://schema.org/",
        ["og"] = "http://ogp.me/ns#",
        ["fb"] = "http://ogp.me/ns/fb#",
        ["product"] = "http://ogp.me/ns/product#",
        ["article"] = "http://ogp.me/ns/article#",
        ["dc"] = "http://purl.org/dc/terms/",
        ["dcterms"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["gr"] = "http://purl.org/goodrelations/v1#",
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        ["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["sioc"] = "http://rdfs.org/sioc/ns#",
        ["v"] = "http://rdf.data-vocabulary.org/#",
    };

    /// <summary>Adds the pairs of a <c>prefix</c> attribute ("og: http://ogp.me/ns# fb: ...") to the inherited ones.</summary>
    public static IReadOnlyDictionary<string, string> Parse(string attribute, IReadOnlyDictionary<string, string> inherited)
    {
        var result = new Dictionary<string, string>(inherited, StringComparer.Ordinal);
        var parts = attribute.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < parts.Length; i++)
        {
            if (parts[i].EndsWith(':') && parts[i].Length > 1)
            {
                result[parts[i][..^1].ToLowerInvariant()] = parts[i + 1];
                i++;
            }
        }

        return result;
    }
}
