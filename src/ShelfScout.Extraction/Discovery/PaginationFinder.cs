using System.Globalization;
using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Finds the next page and the numbered pages of the same listing (not other listings, not sort/filter variants).</summary>
/// <remarks>
/// Next comes from, in order: rel=next (link or anchor), a link whose text or label means "next", the numbered page
/// after the current one, a weak arrow ("»"). Pages are links whose URL is this listing with another page part;
/// for URL schemes the pattern does not know, numbered links inside a pagination block count as pages.
/// </remarks>
internal sealed class PaginationFinder(Uri pageUrl)
{
    private readonly string _listingKey = PageUrlPattern.ListingKey(pageUrl);
    private readonly int? _currentOrdinal = PageUrlPattern.Ordinal(pageUrl);

    public (Uri? Next, IReadOnlyList<Uri> Pages) Find(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return (null, []);
        }

        var pagers = PaginationBlocks(body);
        var currentNumber = CurrentNumber(pagers);
        var pages = new List<(Uri Url, int Ordinal, bool ByText)>();
        var nextCandidates = new List<(Uri Url, int Strength, int? Ordinal)>();
        foreach (var anchor in body.QuerySelectorAll("a[href]"))
        {
            var target = SiteUrl.LinkTarget(anchor, pageUrl);
            if (target is null || !SiteUrl.IsSameSite(target, pageUrl) || SiteUrl.IsSamePage(target, pageUrl))
            {
                continue;
            }

            var inPager = pagers.Any(p => p.Contains(anchor));
            var ordinal = Classify(target, anchor, inPager, out var byText);
            if (ordinal is { } value && value != (byText ? currentNumber : CurrentOrdinal(target)))
            {
                pages.Add((SiteUrl.Canonical(target), value, byText));
            }

            var strength = NextLinkWords.NextStrength(anchor);
            if (strength > 0 && (strength == 3 || inPager || ordinal is not null && !byText))
            {
                nextCandidates.Add((SiteUrl.Canonical(target), strength, ordinal));
            }
        }

        var relNext = document.QuerySelectorAll("link[rel~='next' i][href]")
            .Select(l => SiteUrl.Resolve(l.GetAttribute("href"), pageUrl)).FirstOrDefault(u => u is not null);
        var next = relNext ?? ChooseNext(nextCandidates, pages, currentNumber);
        var ordered = pages
            .OrderBy(p => p.Ordinal)
            .Select(p => p.Url)
            .DistinctBy(u => SiteUrl.Key(u))
            .Where(u => !SiteUrl.IsSamePage(u, pageUrl))
            .ToList();
        return (next is null ? null : SiteUrl.Canonical(next), ordered);
    }

    /// <summary>The page ordinal of a link to this listing; null for links to anything else.</summary>
    private int? Classify(Uri target, IElement anchor, bool inPager, out bool byText)
    {
        byText = false;
        var number = NumberText(anchor);
        if (PageUrlPattern.ListingKey(target) == _listingKey)
        {
            // The bare listing URL is page 1 when linked as "1" (or from the pager) on a later page.
            return PageUrlPattern.Ordinal(target) ?? (number == 1 || inPager ? FirstOrdinal(target) : null);
        }

        if (inPager && number is not null)
        {
            byText = true;
            return number;
        }

        return null;
    }

    private int FirstOrdinal(Uri target) => PageUrlPattern.IsOffset(pageUrl) || PageUrlPattern.IsOffset(target) ? 0 : 1;

    private int CurrentOrdinal(Uri target) => _currentOrdinal ?? FirstOrdinal(target);

    private Uri? ChooseNext(List<(Uri Url, int Strength, int? Ordinal)> candidates, List<(Uri Url, int Ordinal, bool ByText)> pages, int currentNumber)
    {
        foreach (var strength in new[] { 3, 2 })
        {
            var strong = candidates.Where(c => c.Strength == strength).ToList();
            if (strong.Count > 0)
            {
                return strong.Where(c => c.Ordinal > CurrentOrdinal(c.Url)).OrderBy(c => c.Ordinal).Select(c => c.Url).FirstOrDefault() ?? strong[0].Url;
            }
        }

        var byUrl = pages.Where(p => !p.ByText && p.Ordinal > CurrentOrdinal(p.Url)).OrderBy(p => p.Ordinal).FirstOrDefault();
        if (byUrl.Url is not null && (PageUrlPattern.IsOffset(byUrl.Url) || byUrl.Ordinal == CurrentOrdinal(byUrl.Url) + 1))
        {
            return byUrl.Url;
        }

        var byText = pages.FirstOrDefault(p => p.ByText && p.Ordinal == currentNumber + 1);
        if (byText.Url is not null)
        {
            return byText.Url;
        }

        return candidates.FirstOrDefault(c => c.Strength == 1).Url ?? byUrl.Url;
    }

    /// <summary>The current page number shown in a pager (aria-current, or a number that is not a link); 1 when none is shown.</summary>
    private int CurrentNumber(List<IElement> pagers)
    {
        if (_currentOrdinal is { } ordinal && !PageUrlPattern.IsOffset(pageUrl))
        {
            return ordinal;
        }

        foreach (var pager in pagers)
        {
            var marked = pager.QuerySelector("[aria-current]") ?? pager.QuerySelectorAll("span, strong, em, b, li, div")
                .FirstOrDefault(e => e.ChildElementCount == 0 && e.Closest("a") is null && NumberText(e) is not null);
            if (marked is not null && NumberText(marked) is { } number)
            {
                return number;
            }
        }

        return 1;
    }

    private static int? NumberText(IElement element)
    {
        var text = ElementTraits.CleanText(element.TextContent);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 100000 ? number : null;
    }

    /// <summary>Blocks that hold page links: labelled as pagination, or short blocks around two or more numbered links.</summary>
    private static List<IElement> PaginationBlocks(IElement body)
    {
        var blocks = body.QuerySelectorAll("nav, ul, ol, div, p, section, span")
            .Where(e => ElementTraits.Mentions(e, "pagination", "pager", "paging", "pagenav", "page-nav", "paginat", "seiten"))
            .ToList();

        // Only the few ancestors of numbered links can be unlabelled pagers; checking every block would be quadratic.
        var ancestors = new HashSet<IElement>();
        foreach (var anchor in body.QuerySelectorAll("a[href]").Where(a => NumberText(a) is not null))
        {
            var current = anchor.ParentElement;
            for (var level = 0; level < 4 && current is not null && current != body; level++, current = current.ParentElement)
            {
                ancestors.Add(current);
            }
        }

        foreach (var element in ancestors)
        {
            var anchors = element.QuerySelectorAll("a[href]");
            if (!blocks.Contains(element) && anchors.Length is >= 2 and <= 25 && anchors.Count(a => NumberText(a) is not null) >= 2
                && ElementTraits.CleanText(element.TextContent).Length <= 300)
            {
                blocks.Add(element);
            }
        }

        return blocks;
    }
}
