namespace ShelfScout.Extraction.StructuredData;

/// <summary>Shortens schema.org (and its data-vocabulary.org predecessor) IRIs to bare names.</summary>
internal static class VocabularyNames
{
    private static readonly string[] SchemaPrefixes =
    [
        "http://schema.org/", "https://schema.org/", "http://www.schema.org/", "https://www.schema.org/",
        "http://data-vocabulary.org/", "https://data-vocabulary.org/", "http://www.data-vocabulary.org/", "schema:",
    ];

    public static string Short(string name)
    {
        var trimmed = name.Trim();
        foreach (var prefix in SchemaPrefixes)
        {
            if (trimmed.Length > prefix.Length && trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[prefix.Length..].TrimEnd('/');
            }
        }

        return trimmed;
    }

    public static IReadOnlyList<string> ShortList(string? spaceSeparated) =>
        string.IsNullOrWhiteSpace(spaceSeparated)
            ? []
            : spaceSeparated.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Short).ToArray();
}
