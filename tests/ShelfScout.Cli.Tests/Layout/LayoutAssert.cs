namespace ShelfScout.Cli.Tests.Layout;

/// <summary>Checks of text laid out for a width: no line too long, no trailing spaces, no word split or cut mid-word.</summary>
internal static class LayoutAssert
{
    /// <summary>Columns wider than any test data: nothing wraps or is cut, so its words are the whole words.</summary>
    public const int Unbounded = 1000;

    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();

    /// <summary>
    /// Every line of <paramref name="narrow"/> fits <paramref name="width"/> and has no trailing space, and every word of it
    /// is a whole word of <paramref name="wide"/> (the same thing rendered unbounded), or a whole word followed by the
    /// ellipsis of a cut: a word wrapped or cut in the middle ("categorie" / "s") is not a word of the wide text.
    /// </summary>
    public static void FitsWithWholeWords(string narrow, string wide, int width)
    {
        var vocabulary = Words(wide).ToHashSet(StringComparer.Ordinal);
        foreach (var line in Lines(narrow))
        {
            // Only one unbreakable word (a URL, written whole so it can be copied) may run past the width.
            Assert.True(line.Length <= width || Words(line).Count() == 1, $"{line.Length} > {width} columns: '{line}'");
            Assert.False(line.EndsWith(' '), $"trailing space: '{line}'");
            foreach (var word in Words(line))
            {
                var whole = word.EndsWith('…') ? word[..^1] : word;
                Assert.True(whole.Length == 0 || vocabulary.Contains(whole), $"'{word}' is not a whole word (line '{line}')");
            }
        }
    }

    /// <summary>Whitespace-separated words, leaving out box-drawing and block runs (rules, borders and charts change length with the width).</summary>
    private static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !w.All(c => c is >= '\u2500' and <= '\u259F'));
}
