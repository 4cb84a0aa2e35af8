using System.Globalization;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// Turns what the frontier says about a crawl into a coverage estimate. Every piece of evidence is independent of the
/// products stored: the counts listings state, the pages their pagers announce, card and sitemap targets that did not
/// become products, product pages lost, menu categories never read. The estimate is a lower bound of the store's size:
/// the stored products plus the targets known to be missing, or the largest count a listing states, whichever is
/// larger (a listing's missing cards may be products stored from another listing, so listings are not summed). Pager
/// pages, listing pages or menu categories never read leave part of the site unmeasured: the run is not complete
/// whatever the share.
/// </summary>
public static class CoverageEstimator
{
    /// <summary>Listings named in a shortfall line.</summary>
    private const int NamedListings = 3;

    public static CoverageEstimate Estimate(int stored, CoverageEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var shortfalls = new List<string>();
        var stated = evidence.Listings.Where(l => l.Basis == ExpectationBasis.Stated).ToList();
        var short_ = stated.Where(l => l.Found < l.Expected).OrderByDescending(l => l.Expected - l.Found).ToList();
        if (short_.Count > 0)
        {
            var named = string.Join(", ", short_.Take(NamedListings).Select(l => string.Create(CultureInfo.InvariantCulture, $"{Path(l.CategoryUrl)} ({l.Found} of {l.Expected})")));
            shortfalls.Add($"{Plural(short_.Count, "listing")} showed fewer products than {(short_.Count == 1 ? "it states" : "they state")}: {named}{(short_.Count > NamedListings ? ", ..." : string.Empty)}");
        }

        var unpaged = evidence.Listings.Where(l => l.Pages is { } pages && l.PagesRead < pages).ToList();
        if (unpaged.Count > 0)
        {
            var named = string.Join(", ", unpaged.Take(NamedListings).Select(l => string.Create(CultureInfo.InvariantCulture, $"{Path(l.CategoryUrl)} ({l.PagesRead} of {l.Pages})")));
            shortfalls.Add($"{Plural(unpaged.Count, "listing")} with pages the pager announces and the crawl did not read: {named}{(unpaged.Count > NamedListings ? ", ..." : string.Empty)}");
        }

        var targets = evidence.CardsNotProducts + evidence.SitemapNotProducts + evidence.ProductPagesLost;
        if (evidence.CardsNotProducts > 0)
        {
            shortfalls.Add($"{Plural(evidence.CardsNotProducts, "product card")} led to pages not taken for products{Examples(evidence)}");
        }

        if (evidence.SitemapNotProducts > 0)
        {
            shortfalls.Add($"{Plural(evidence.SitemapNotProducts, "product sitemap URL")} not taken for products");
        }

        if (evidence.ProductPagesLost > 0)
        {
            shortfalls.Add($"{Plural(evidence.ProductPagesLost, "product page")} could not be fetched or read");
        }

        if (evidence.ListingPagesLost > 0)
        {
            shortfalls.Add($"{Plural(evidence.ListingPagesLost, "listing or navigation page")} lost: their products are not counted");
        }

        if (evidence.MenuUnread > 0)
        {
            shortfalls.Add($"{Plural(evidence.MenuUnread, "menu category", "menu categories")} never read");
        }

        var estimated = Math.Max(stored + targets, stated.Count == 0 ? 0 : stated.Max(l => l.Expected));
        var unmeasured = evidence.ListingPagesLost > 0 || evidence.MenuUnread > 0 || unpaged.Count > 0;
        return new CoverageEstimate(stored, estimated, shortfalls, unmeasured);
    }

    private static string Examples(CoverageEvidence evidence) =>
        evidence.NotProductExamples.Count == 0 ? string.Empty : " (" + string.Join(", ", evidence.NotProductExamples.Select(Path)) + ")";

    private static string Path(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url;

    private static string Plural(int n, string noun, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? noun : plural ?? noun + "s")}");
}
