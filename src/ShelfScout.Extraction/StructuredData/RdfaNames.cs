namespace ShelfScout.Extraction.StructuredData;

/// <summary>
/// Names RDFa terms the way items expose them: schema.org terms short ("name"), other prefixed terms as the
/// conventional CURIE ("og:title"), anything else as the full IRI.
/// </summary>
internal sealed class RdfaNames(string? vocab, IReadOnlyDictionary<string, string> prefixes)
{
    public IReadOnlyList<string> Types(string attribute) => Split(attribute).Select(Name).ToArray();

    public IReadOnlyList<string> Properties(string attribute) => Split(attribute).Select(Name).ToArray();

    private static string[] Split(string attribute) =>
        attribute.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private string Name(string term)
    {
        var iri = Expand(term);
        var shortName = VocabularyNames.Short(iri);
        if (!ReferenceEquals(shortName, iri) && !string.Equals(shortName, iri, StringComparison.Ordinal))
        {
            return shortName;
        }

        foreach (var (prefix, ns) in prefixes)
        {
            if (iri.StartsWith(ns, StringComparison.Ordinal) && iri.Length > ns.Length && prefix is not "dcterms")
            {
                return prefix + ":" + iri[ns.Length..];
            }
        }

        return iri;
    }

    private string Expand(string term)
    {
        if (term.Contains("://", StringComparison.Ordinal))
        {
            return term;
        }

        var colon = term.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && prefixes.TryGetValue(term[..colon].ToLowerInvariant(), out var ns))
        {
            return ns + term[(colon + 1)..];
        }

        if (colon < 0 && vocab is not null)
        {
            return vocab + term;
        }

        return term;
    }
}
