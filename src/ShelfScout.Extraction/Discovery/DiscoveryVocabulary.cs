using System.Reflection;

namespace ShelfScout.Extraction.Discovery;

/// <summary>The vocabularies discovery reads words against, loaded from the embedded <c>Discovery/Vocabulary/*.tsv</c> files.</summary>
internal static class DiscoveryVocabulary
{
    private const string Prefix = "ShelfScout.Extraction.Discovery.Vocabulary.";

    private static readonly Lazy<IReadOnlyList<string>> BuyControlPhrases = new(() => Load("buy-controls.tsv"));
    private static readonly Lazy<IReadOnlyList<string>> ErrorPhrases = new(() => Load("error-pages.tsv"));
    private static readonly Lazy<HashSet<string>> NonCatalogSegments = new(() => new HashSet<string>(Load("non-catalog-paths.tsv"), StringComparer.OrdinalIgnoreCase));

    /// <summary>Phrases of controls that buy one product (or ask for its price).</summary>
    public static IReadOnlyList<string> BuyControls => BuyControlPhrases.Value;

    /// <summary>Headings of error pages.</summary>
    public static IReadOnlyList<string> ErrorHeadings => ErrorPhrases.Value;

    /// <summary>True when a path segment names a basket, checkout, account or sign-in page.</summary>
    public static bool IsNonCatalogSegment(string segment) => NonCatalogSegments.Value.Contains(segment);

    /// <summary>The phrases of one vocabulary file.</summary>
    public static List<string> LoadList(string file) => Load(file);

    private static List<string> Load(string file)
    {
        using var stream = typeof(DiscoveryVocabulary).Assembly.GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException($"Vocabulary resource '{file}' is missing.");
        using var reader = new StreamReader(stream);
        var phrases = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var phrase = (tab >= 0 ? line[(tab + 1)..] : line).Trim();
            if (phrase.Length > 0)
            {
                phrases.Add(phrase);
            }
        }

        return phrases;
    }
}
