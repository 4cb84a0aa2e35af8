namespace ShelfScout.Extraction.Products;

/// <summary>
/// Decides one field from its candidates: equal values pool their weight, and a value that both markup and the visible
/// page give gets a bonus, because two independent sources agreeing is the strongest evidence a page offers.
/// </summary>
internal static class FieldVote
{
    private const double AgreementBonus = 1.5;

    public static Candidate<T>? Decide<T>(IEnumerable<Candidate<T>> candidates, IEqualityComparer<T>? comparer = null)
        where T : notnull
    {
        Candidate<T>? best = null;
        var bestScore = double.MinValue;
        foreach (var group in candidates.GroupBy(c => c.Value, comparer ?? EqualityComparer<T>.Default))
        {
            var members = group.ToList();
            var score = members.Sum(c => c.Weight);
            if (members.Any(c => c.Source == Sources.Dom) && members.Any(c => Sources.IsMarkup(c.Source)))
            {
                score += AgreementBonus;
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = members.MaxBy(c => c.Weight);
            }
        }

        return best;
    }
}
