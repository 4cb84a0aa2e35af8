namespace ShelfScout.Cli.Hosting;

/// <summary>"Did you mean ...?": the known name nearest to a mistyped one by edit distance, if it is near enough.</summary>
internal static class ClosestName
{
    public static string? Find(string typed, IEnumerable<string> known)
    {
        var bare = typed.TrimStart('-');
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            var distance = Distance(bare, name.TrimStart('-'));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        // A third of the word, at least two edits: "rnu" finds "run", "xyzzy" finds nothing.
        return best is not null && bestDistance <= Math.Max(2, bare.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
