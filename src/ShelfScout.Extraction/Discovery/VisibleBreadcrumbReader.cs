using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Reads a breadcrumb trail from the visible markup: a container labelled as one, else a short list that starts at home.</summary>
internal static class VisibleBreadcrumbReader
{
    private static readonly string[] LabelWords = ["breadcrumb", "bread-crumb", "crumbs", "ariane", "brotkr", "kruimel", "migas", "briciole", "brödsmul"];

    private const string Separators = "/>»›|→·\\⟩❯≫>-–—:";

    /// <summary>Items from a breadcrumb-labelled container (aria-label, class or id).</summary>
    public static IReadOnlyList<BreadcrumbItem> ReadLabelled(IDocument document, Uri pageUrl)
    {
        var body = document.Body;
        if (body is null)
        {
            return [];
        }

        // A trail with links wins over a labelled element that only holds text (a modal title, an empty placeholder).
        List<BreadcrumbItem>? textOnly = null;
        foreach (var container in body.QuerySelectorAll("*").Where(IsLabelled))
        {
            var trail = ReadContainer(container, pageUrl);
            if (trail.Any(i => i.Url is not null))
            {
                return trail;
            }

            textOnly ??= trail.Count > 0 ? trail : null;
        }

        return textOnly ?? [];
    }

    /// <summary>Last resort: an ol/ul of 2-6 items near the top of the content whose first link is the home page.</summary>
    public static IReadOnlyList<BreadcrumbItem> ReadUnlabelled(IDocument document, Uri pageUrl)
    {
        var body = document.Body;
        if (body is null)
        {
            return [];
        }

        var firstHeading = body.QuerySelector("h1");
        foreach (var list in body.QuerySelectorAll("ol, ul"))
        {
            var items = list.Children.Where(c => c.LocalName == "li").ToList();
            if (items.Count is < 2 or > 6 || list.QuerySelector("ul, ol") is not null || ElementTraits.IsInFooter(list)
                || items.Any(li => li.QuerySelectorAll("a[href]").Length > 1))
            {
                continue;
            }

            var firstLink = items[0].QuerySelector("a[href]");
            var firstTarget = firstLink is null ? null : SiteUrl.LinkTarget(firstLink, pageUrl);
            if (firstTarget is null || !SiteUrl.IsSiteRoot(firstTarget) || !SiteUrl.IsSameSite(firstTarget, pageUrl))
            {
                continue;
            }

            // A breadcrumb sits above the page's own heading, or within the main content.
            var nearTop = firstHeading is null
                ? ElementTraits.IsInside(list, "main")
                : list.CompareDocumentPosition(firstHeading).HasFlag(DocumentPositions.Following) || list.Contains(firstHeading);
            // The last crumb is the page itself: plain text or a link to this page, unlike a small menu's last entry.
            var lastLink = items[^1].QuerySelector("a[href]");
            var lastTarget = lastLink is null ? null : SiteUrl.LinkTarget(lastLink, pageUrl);
            var endsAtPage = lastLink is null || lastTarget is not null && SiteUrl.IsSamePage(lastTarget, pageUrl);
            if (nearTop && endsAtPage && !ElementTraits.IsInPageHeader(list))
            {
                return ReadContainer(list, pageUrl);
            }
        }

        return ReadInlineTrail(body, firstHeading, pageUrl);
    }

    /// <summary>"Home / Shoes / Trail Runner" without a list: a short run of links split by separators, starting at home.</summary>
    private static IReadOnlyList<BreadcrumbItem> ReadInlineTrail(IElement body, IElement? firstHeading, Uri pageUrl)
    {
        foreach (var anchor in body.QuerySelectorAll("a[href]"))
        {
            var target = SiteUrl.LinkTarget(anchor, pageUrl);
            if (target is null || !SiteUrl.IsSiteRoot(target) || !SiteUrl.IsSameSite(target, pageUrl) || ElementTraits.IsInPageHeader(anchor))
            {
                continue;
            }

            var container = anchor.ParentElement;
            while (container is not null && container.ChildElementCount == 1 && ElementTraits.CleanText(container.TextContent) == ElementTraits.CleanText(anchor.TextContent))
            {
                container = container.ParentElement;
            }

            if (container is null || container == body || firstHeading is not null && !container.CompareDocumentPosition(firstHeading).HasFlag(DocumentPositions.Following))
            {
                continue;
            }

            var anchors = container.QuerySelectorAll("a[href]").Length;
            var hasSeparator = container.ChildNodes.OfType<IText>().Any(t => t.Data.Trim().Length > 0 && t.Data.Trim().All(c => Separators.Contains(c, StringComparison.Ordinal)))
                || container.Children.Any(c => c.GetAttribute("aria-hidden") == "true" && c.LocalName != "a");
            var trail = ReadContainer(container, pageUrl);
            if (anchors is >= 2 and <= 6 && hasSeparator && trail.Count >= 2 && trail.Take(trail.Count - 1).All(i => i.Url is not null))
            {
                return trail;
            }
        }

        return [];
    }

    private static bool IsLabelled(IElement element)
    {
        if (element.LocalName is "script" or "style" or "body" or "html" or "link" or "meta")
        {
            return false;
        }

        var descriptor = ElementTraits.Descriptor(element);
        return LabelWords.Any(w => descriptor.Contains(w, StringComparison.Ordinal));
    }

    private static List<BreadcrumbItem> ReadContainer(IElement container, Uri pageUrl)
    {
        var listItems = container.QuerySelectorAll("li").Where(li => li.QuerySelector("li") is null).ToList();
        var items = new List<BreadcrumbItem>();
        if (listItems.Count > 0)
        {
            foreach (var li in listItems)
            {
                var anchor = li.QuerySelector("a[href]");
                Add(items, anchor is null ? li.TextContent : ElementTraits.LinkName(anchor), anchor is null ? null : SiteUrl.LinkTarget(anchor, pageUrl));
            }

            return items;
        }

        foreach (var node in container.ChildNodes)
        {
            ReadInline(node, items, pageUrl);
        }

        return items;
    }

    private static void ReadInline(INode node, List<BreadcrumbItem> items, Uri pageUrl)
    {
        if (node is IElement element)
        {
            if (element.LocalName == "a")
            {
                Add(items, ElementTraits.LinkName(element), SiteUrl.LinkTarget(element, pageUrl));
                return;
            }

            if (element.LocalName is "script" or "style" or "svg" or "img" || element.GetAttribute("aria-hidden") == "true")
            {
                return;
            }

            if (element.QuerySelector("a[href]") is not null)
            {
                foreach (var child in element.ChildNodes)
                {
                    ReadInline(child, items, pageUrl);
                }

                return;
            }
        }

        if (node is IElement or IText)
        {
            Add(items, node.TextContent, null);
        }
    }

    private static void Add(List<BreadcrumbItem> items, string? rawName, Uri? url)
    {
        var name = ElementTraits.CleanText(rawName).Trim(Separators.ToCharArray()).Trim();
        if (name.Length == 0 || name.Length > 120 || name.All(c => Separators.Contains(c, StringComparison.Ordinal) || char.IsWhiteSpace(c)))
        {
            return;
        }

        items.Add(new BreadcrumbItem(name, url));
    }
}
