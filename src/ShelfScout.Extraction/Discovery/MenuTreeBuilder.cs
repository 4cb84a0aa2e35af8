using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Builds a category hierarchy from one nested list: a list item whose link is followed by a nested list is a parent.</summary>
internal sealed class MenuTreeBuilder(Uri pageUrl)
{
    private static readonly string[] ShopAllPrefixes =
    [
        "all ", "shop all", "view all", "see all", "browse all", "alle ", "alles", "tout ", "toute", "tous ", "ver todo",
        "todo ", "todos ", "bekijk alle", "tutti", "tutto", "visa alla", "ver tudo",
    ];

    private readonly HashSet<IElement> _visitedPanels = [];

    /// <summary>Links seen while building that were rejected as non-categories (for scoring the menu).</summary>
    public int RejectedLinks { get; private set; }

    public List<MenuItem> BuildList(IElement list)
    {
        var items = new List<MenuItem>();
        foreach (var li in list.Children.Where(c => c.LocalName == "li"))
        {
            items.AddRange(BuildItem(li));
        }

        return items;
    }

    /// <summary>A flat menu of links without lists (a nav holding bare anchors).</summary>
    public List<MenuItem> BuildFlat(IElement container)
    {
        var items = new List<MenuItem>();
        foreach (var anchor in container.QuerySelectorAll("a[href]"))
        {
            if (ToItem(anchor) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private IEnumerable<MenuItem> BuildItem(IElement li)
    {
        var head = li.QuerySelectorAll("a[href]").FirstOrDefault(a => IsOwnLink(a, li));
        var children = new List<MenuItem>();
        var scope = li;
        var subLists = NearestLists(li).ToList();
        if (subLists.Count == 0 && ControlledPanel(li) is { } panel)
        {
            // The dropdown lives elsewhere in the page and the item points at it (aria-controls / data-target).
            scope = panel;
            subLists = NearestLists(panel).ToList();
        }

        foreach (var subList in subLists)
        {
            var subItems = BuildList(subList);
            var heading = FindHeadingLink(subList, scope, head);
            if (heading is not null && ToItem(heading) is { } group)
            {
                group.Children.AddRange(subItems);
                children.Add(group);
            }
            else
            {
                children.AddRange(subItems);
            }
        }

        var headTarget = head is null ? null : SiteUrl.LinkTarget(head, pageUrl);
        if (head is null || headTarget is null)
        {
            // A label without a link ("<summary>Men</summary>", href="#"): adopt a "Shop all" child's URL, else lift the children.
            return AdoptShopAll(li, scope, children);
        }

        var node = ToItem(head);
        if (node is null)
        {
            return [];
        }

        node.Children.AddRange(children);
        return [node];
    }

    private IElement? ControlledPanel(IElement li)
    {
        var control = li.QuerySelector("[aria-controls], [data-target^='#'], [data-bs-target^='#']");
        var id = control?.GetAttribute("aria-controls") ?? control?.GetAttribute("data-target") ?? control?.GetAttribute("data-bs-target");
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var panel = li.Owner?.GetElementById(id.TrimStart('#').Split(' ')[0]);
        if (panel is null || panel.Contains(li) || li.Contains(panel) || !_visitedPanels.Add(panel))
        {
            return null;
        }

        return panel;
    }

    private IEnumerable<MenuItem> AdoptShopAll(IElement li, IElement scope, List<MenuItem> children)
    {
        var label = LabelOf(li);
        var shopAll = children.FirstOrDefault(c => IsShopAll(c.Name));
        var url = shopAll?.Url ?? scope.QuerySelectorAll("a[href]")
            .Where(a => !IsInNestedList(a, scope) && IsShopAll(ElementTraits.LinkName(a)))
            .Select(a => SiteUrl.LinkTarget(a, pageUrl))
            .FirstOrDefault(u => u is not null && NavigationLinkFilter.IsCategoryCandidate(u, label, pageUrl));
        if (url is null || label.Length == 0)
        {
            return children;
        }

        var parent = new MenuItem(label, url);
        parent.Children.AddRange(children.Where(c => c != shopAll));
        return [parent];
    }

    private static bool IsShopAll(string name) => ShopAllPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    private static string LabelOf(IElement li)
    {
        var label = li.QuerySelector("summary, button, span, a");
        var text = ElementTraits.CleanText(label?.TextContent);
        return text.Length is > 0 and <= 60 ? text : string.Empty;
    }

    private MenuItem? ToItem(IElement anchor)
    {
        var target = SiteUrl.LinkTarget(anchor, pageUrl);
        if (target is null)
        {
            return null;
        }

        var name = ElementTraits.LinkName(anchor);
        if (!NavigationLinkFilter.IsCategoryCandidate(target, name, pageUrl))
        {
            RejectedLinks++;
            return null;
        }

        return new MenuItem(name, target);
    }

    /// <summary>The item's own link: not inside a nested list, nor inside a block that also holds one (a column heading).</summary>
    private static bool IsOwnLink(IElement anchor, IElement li)
    {
        for (var current = anchor.ParentElement; current is not null && current != li; current = current.ParentElement)
        {
            if (current.LocalName is "ul" or "ol" || current.QuerySelector("ul, ol") is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInNestedList(IElement anchor, IElement li)
    {
        for (var current = anchor.ParentElement; current is not null && current != li; current = current.ParentElement)
        {
            if (current.LocalName is "ul" or "ol")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lists inside the item with no other list between them and the item.</summary>
    private static IEnumerable<IElement> NearestLists(IElement li) =>
        li.QuerySelectorAll("ul, ol").Where(list => !IsInNestedList(list, li));

    /// <summary>A mega-menu column heading: the single link just before a nested list (e.g. "h3 > a" then "ul").</summary>
    private static IElement? FindHeadingLink(IElement subList, IElement li, IElement? head)
    {
        for (var current = subList; current != li && current is not null; current = current.ParentElement!)
        {
            for (var previous = current.PreviousElementSibling; previous is not null; previous = previous.PreviousElementSibling)
            {
                if (previous.QuerySelector("ul, ol") is not null || previous.LocalName is "ul" or "ol")
                {
                    return null;
                }

                var anchors = previous.LocalName == "a" ? [previous] : previous.QuerySelectorAll("a[href]").ToArray();
                if (anchors.Length == 1)
                {
                    return anchors[0] == head ? null : anchors[0];
                }

                if (anchors.Length > 1 || previous.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" or "strong")
                {
                    return null;
                }
            }
        }

        return null;
    }
}
