using AngleSharp.Dom;

namespace ShelfScout.Extraction.Reviews;

/// <summary>
/// Finds the part of a page that holds customer reviews: an element named or labelled as reviews (in several
/// languages), or the section under a heading that says so. Names are weak evidence, so the reader still checks
/// that the blocks inside look like reviews.
/// </summary>
internal static class ReviewSectionFinder
{
    private static readonly string[] ReviewWords =
    [
        "review", "bewertung", "rezension", "avis", "reseña", "resena", "opiniones", "opinión", "recension", "recensione",
        "beoordeling", "recensie", "omdöme", "anmeldelse", "arvostelu", "opinie", "отзыв", "testimonial",
    ];

    public static IElement? Find(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return null;
        }

        var named = body.QuerySelectorAll("section, div, aside, article, ol, ul")
            .Where(e => !IsChrome(e) && NamesReviews(e))
            .ToList();
        var headed = body.QuerySelectorAll("h1, h2, h3, h4")
            .Where(h => HasReviewWord(h.TextContent) && h.TextContent.Length < 80 && h.ParentElement is not null && !IsChrome(h))
            .Select(h => h.ParentElement!)
            .ToList();

        // Among the elements holding the most review blocks, the outermost is the section: it also holds the review pager.
        var found = named.Concat(headed)
            .Distinct()
            .Where(e => e.QuerySelector("time, [datetime], [itemprop=datePublished]") is not null || e.TextContent.Length > 40 || DomReviewReader.CountBlocks(e) > 0)
            .OrderByDescending(e => DomReviewReader.CountBlocks(e))
            .ThenByDescending(e => e.TextContent.Length)
            .FirstOrDefault();
        if (found is not null)
        {
            return found;
        }

        // No name or heading says "reviews" (scrambled classes, another language): the main content still counts
        // when it repeats several blocks that each carry a star rating and a date.
        var main = document.QuerySelector("main, [role=main]") ?? body;
        return DomReviewReader.CountDatedBlocks(main) >= 2 ? main : null;
    }

    public static bool HasReviewWord(string? text) =>
        text is not null && ReviewWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static bool NamesReviews(IElement element) =>
        HasReviewWord(element.Id) || HasReviewWord(element.GetAttribute("class")) || HasReviewWord(element.GetAttribute("aria-label"));

    private static bool IsChrome(IElement element) => element.Closest("header, footer, nav:not([aria-label*=eview])") is not null;
}
