namespace ShelfScout.Extraction.Products;

/// <summary>
/// Decides one field from its candidates: equal values pool their weight across sources (the best per source), and a
/// value that both markup and the visible page give gets a bonus, because two independent sources agreeing is the strongest evidence a page offers.
/// </summary>
internal static class FieldVote
{
    private const double AgreementBonus = 1.5;

    private const double Tie = 1e-9;

    /// <param name="preferOnTie">Which of two equally supported values wins (by default the one seen first).</param>
    public static Candidate<T>? Decide<T>(IEnumerable<Candidate<T>> candidates, IEqualityComparer<T>? comparer = null, Func<IReadOnlyList<Candidate<T>>, bool>? preferOnTie = null)
        where T : notnull
    {
        Candidate<T>? best = null;
        var bestScore = double.MinValue;
        foreach (var group in candidates.GroupBy(c => c.Value, comparer ?? EqualityComparer<T>.Default))
        {
            var members = group.ToList();
            // Repeats within one source (the same data attribute on five elements) are one piece of evidence.
            var score = members.GroupBy(c => c.Source, StringComparer.Ordinal).Sum(g => g.Max(c => c.Weight));
            if (members.Any(c => c.Source == Sources.Dom) && members.Any(c => Sources.IsMarkup(c.Source)))
            {
                score += AgreementBonus;
            }

            if (score > bestScore + Tie || (score > bestScore - Tie && preferOnTie is not null && preferOnTie(members)))
            {
                bestScore = score;
                best = members.MaxBy(c => c.Weight);
            }
        }

        return best;
    }
}
