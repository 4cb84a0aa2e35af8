using ShelfScout.Extraction.Vocabulary;

namespace ShelfScout.Extraction.Discovery;

/// <summary>
/// The vocabularies discovery reads words against: <c>Vocabulary/discovery-words.{language}.txt</c>, plus the cart and
/// pre-order button labels of <c>stock-phrases</c> (one list of buy-button words for the whole engine).
/// </summary>
internal static class DiscoveryVocabulary
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> Words = new(() => VocabularyFile.Load("discovery-words"));

    private static readonly Lazy<IReadOnlyList<string>> BuyPhrases = new(() =>
    {
        var stock = VocabularyFile.Load("stock-phrases");
        return [.. stock.Section("BuyButton"), .. stock.Section("PreOrder"), .. Words.Value.Section("BuyArea")];
    });

    private static readonly Lazy<HashSet<string>> NonCatalogSegments = new(() => new HashSet<string>(Words.Value.Section("NonCatalogPath"), StringComparer.OrdinalIgnoreCase));

    /// <summary>Phrases of controls that buy one product (or ask for its price).</summary>
    public static IReadOnlyList<string> BuyControls => BuyPhrases.Value;

    /// <summary>Headings of error pages.</summary>
    public static IReadOnlyList<string> ErrorHeadings => Words.Value.Section("ErrorHeading");

    /// <summary>What an empty category says.</summary>
    public static IReadOnlyList<string> EmptyListing => Words.Value.Section("EmptyListing");

    /// <summary>Nouns of a stated product count.</summary>
    public static IReadOnlyList<string> ListingCountNouns => Words.Value.Section("ListingCount");

    /// <summary>Labels of a product page's list of its categories.</summary>
    public static IReadOnlyList<string> CategoryLabels => Words.Value.Section("CategoryLabel");

    private static readonly Lazy<HashSet<string>> SearchSegments = new(() => new HashSet<string>(Words.Value.Section("SearchPath"), StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<HashSet<string>> SearchParameters = new(() => new HashSet<string>(Words.Value.Section("SearchParameter"), StringComparer.OrdinalIgnoreCase));

    /// <summary>True when a path segment names a search results page.</summary>
    public static bool IsSearchSegment(string segment) => SearchSegments.Value.Contains(segment);

    /// <summary>True when a query parameter name carries a search term.</summary>
    public static bool IsSearchParameter(string name) => SearchParameters.Value.Contains(name);

    /// <summary>True when a path segment names a basket, checkout, account or sign-in page.</summary>
    public static bool IsNonCatalogSegment(string segment) => NonCatalogSegments.Value.Contains(segment);
}
