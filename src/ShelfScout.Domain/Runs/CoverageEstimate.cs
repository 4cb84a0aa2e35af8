using System.Globalization;

namespace ShelfScout.Domain.Runs;

/// <summary>
/// How much of a store's catalogue a crawl holds, estimated from evidence independent of what it stored: counts the
/// listings state, their pagers, card and sitemap targets that did not become products, pages lost and menu categories
/// never read.
/// </summary>
/// <param name="Found">Products the crawl holds.</param>
/// <param name="Estimated">Products the store has by the evidence (at least <paramref name="Found"/>).</param>
/// <param name="Shortfalls">Each reason the crawl may be short, with its size ("3 categories list 58 more products than were stored: /collections/a (40 of 98), ...").</param>
/// <param name="Unmeasured">True when part of the site was not read at all (menu categories, listing pages lost), so the shortfall may be larger than estimated.</param>
public sealed record CoverageEstimate(int Found, int Estimated, IReadOnlyList<string> Shortfalls, bool Unmeasured)
{
    /// <summary>A run below this share of its estimate is partial.</summary>
    public const double CompleteShare = 0.99;

    /// <summary>Found over estimated (1 when nothing is estimated).</summary>
    public double Share => Estimated <= 0 ? 1 : Math.Min(1, (double)Found / Estimated);

    /// <summary>True when the crawl holds at least <see cref="CompleteShare"/> of the estimate and read every part of the site it found.</summary>
    public bool IsComplete => Share >= CompleteShare && !Unmeasured;

    /// <summary>"coverage: about 99 of 165 products (60%)"; "coverage: all 89 products the store shows".</summary>
    public string Describe() =>
        Estimated <= Found
            ? Unmeasured ? $"coverage: {Found} products, and parts of the site not read" : $"coverage: all {Found} products the store shows"
            : string.Create(CultureInfo.InvariantCulture, $"coverage: about {Found} of {(Unmeasured ? "at least " : string.Empty)}{Estimated} products ({Math.Floor(Share * 1000) / 10:0.#}%)");
}
