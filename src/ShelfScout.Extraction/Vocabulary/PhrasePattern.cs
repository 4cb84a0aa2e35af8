using System.Text.RegularExpressions;

namespace ShelfScout.Extraction.Vocabulary;

/// <summary>Turns vocabulary phrases into one regular-expression alternation, the way shops vary them in print.</summary>
internal static class PhrasePattern
{
    /// <summary>
    /// Longest first (so "model number" is tried before "model"); spaces, dots and hyphens between the words of a
    /// phrase are interchangeable and may be missing ("Art.-Nr." is "art nr", "EAN-13" is "ean 13").
    /// </summary>
    public static string Alternation(IEnumerable<string> phrases) =>
        string.Join("|", phrases.OrderByDescending(p => p.Length).Select(Pattern));

    private static string Pattern(string phrase) =>
        string.Join(@"[\s.\-]*", phrase.Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
}
