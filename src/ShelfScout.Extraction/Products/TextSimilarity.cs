namespace ShelfScout.Extraction.Products;

/// <summary>Word-overlap similarity between short texts (titles), tolerant of store-name suffixes in &lt;title&gt;.</summary>
internal static class TextSimilarity
{
    /// <summary>Share of <paramref name="text"/>'s words found in the best-matching reference (0..1).</summary>
    public static double Best(string text, IReadOnlyList<string> references)
    {
        if (references.Count == 0)
        {
            return 0;
        }

        var words = Words(text);
        if (words.Count == 0)
        {
            return 0;
        }

        var best = 0.0;
        foreach (var reference in references)
        {
            var other = Words(reference);
            if (other.Count == 0)
            {
                continue;
            }

            var shared = words.Count(other.Contains);
            best = Math.Max(best, (double)shared / words.Count * Math.Min(1.0, (double)shared / Math.Max(1, Math.Min(other.Count, words.Count))));
        }

        return best;
    }

    public static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
