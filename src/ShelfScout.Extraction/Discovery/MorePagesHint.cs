using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>
/// Evidence that a listing has more pages than its links show: a pager whose entries are buttons or <c>href="#"</c>
/// links (the server still answers <c>?page=N</c>), a "load more" control, or a stated product count above the cards
/// shown. The crawl then tries the site's page parameter and stops at the first page that adds nothing new.
/// </summary>
public static partial class MorePagesHint
{
    private static readonly Lazy<HashSet<string>> CountNouns = new(() => new HashSet<string>(DiscoveryVocabulary.ListingCountNouns, StringComparer.OrdinalIgnoreCase));

    /// <summary>True when the page suggests more listing pages than the <paramref name="cardsShown"/> cards on it.</summary>
    public static bool Suggests(IDocument document, int cardsShown)
    {
        ArgumentNullException.ThrowIfNull(document);
        return HasScriptedPager(document) || StatedCount(document) > cardsShown;
    }

    /// <summary>A pager (an element named pagination/pager) with numbered entries that are not real links.</summary>
    private static bool HasScriptedPager(IDocument document)
    {
        foreach (var pager in document.QuerySelectorAll("nav, ul, ol, div"))
        {
            if (!ElementTraits.Mentions(pager, "pagination", "pager", "paging"))
            {
                continue;
            }

            var numbered = pager.QuerySelectorAll("a, button, span, li")
                .Where(e => e.ChildElementCount == 0 && int.TryParse(ElementTraits.CleanText(e.TextContent), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 2)
                .ToList();
            if (numbered.Count > 0 && numbered.All(e => e.LocalName != "a" || (e.GetAttribute("href")?.Trim() ?? "#").StartsWith('#')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The highest page number a listing's pager links to ("1 2 3 … 12" gives 12), or 0: anchors whose target is one of
    /// the listing's own further pages and whose whole text is a number.
    /// </summary>
    public static int LastPageNumber(IDocument document, Uri pageUrl, IReadOnlyCollection<Uri> pageLinks)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(pageLinks);
        if (pageLinks.Count == 0)
        {
            return 0;
        }

        var targets = pageLinks.Select(u => u.AbsoluteUri).ToHashSet(StringComparer.Ordinal);
        var last = 0;
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            if (int.TryParse(ElementTraits.CleanText(anchor.TextContent), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                && n is >= 2 and < 100_000
                && Uri.TryCreate(pageUrl, anchor.GetAttribute("href"), out var target)
                && targets.Contains(new UriBuilder(target) { Fragment = string.Empty }.Uri.AbsoluteUri))
            {
                last = Math.Max(last, n);
            }
        }

        return last;
    }

    /// <summary>The largest "N products" count stated in the page's main content ("Showing 1–20 of 458 results"), or 0.</summary>
    public static int StatedCount(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = document.Body;
        if (body is null)
        {
            return 0;
        }

        var best = 0;
        foreach (var element in body.QuerySelectorAll("p, span, div, h1, h2, small, strong"))
        {
            if (element.ChildElementCount > 2 || ElementTraits.PageChrome(element) is not null)
            {
                continue;
            }

            var text = ElementTraits.CleanText(element.TextContent);
            if (text.Length is 0 or > 80)
            {
                continue;
            }

            foreach (Match match in CountPattern().Matches(text))
            {
                if (CountNouns.Value.Contains(match.Groups["noun"].Value)
                    && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    best = Math.Max(best, n);
                }
            }
        }

        return best;
    }

    [GeneratedRegex(@"(?<n>\d{1,6})\s+(?<noun>\p{L}+)", RegexOptions.CultureInvariant)]
    private static partial Regex CountPattern();
}
