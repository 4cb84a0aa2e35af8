using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Reads the category tree from a home page's navigation (nested menus).</summary>
/// <remarks>
/// Every top-level list (and every list-less nav) is a candidate menu; each is built into a tree from its nesting,
/// scored by size, depth and placement, and the best wins. Candidates that repeat the winner's links (a mobile drawer)
/// are merged into it rather than added beside it.
/// </remarks>
public sealed class NavigationTreeExtractor
{
    private const double DuplicateOverlap = 0.5;

    private const int MaxInertTemplates = 50;

    private const int MaxInertTemplateLength = 512 * 1024;

    private static readonly HashSet<string> InertScriptTypes = new(StringComparer.OrdinalIgnoreCase) { "text/html", "text/template", "text/x-template" };

    /// <summary>The top-level categories with their children; empty when the page has no recognisable category menu.</summary>
    public IReadOnlyList<CategoryNode> Extract(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);

        // A breadcrumb is a short list of category links too; on inner pages it must not pass for the menu.
        var crumbs = new BreadcrumbExtractor().Extract(document, pageUrl)
            .Where(c => c.Url is not null).Select(c => NodeKey(c.Url!)).ToHashSet(StringComparer.Ordinal);
        var candidates = FindCandidates(document, pageUrl)
            .Where(c => c.Score > 0 && !IsMostlyBreadcrumb(c, crumbs))
            .ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var best = candidates.MaxBy(c => c.Score)!;
        var merged = best.Items;
        var index = Index(merged);
        foreach (var other in candidates.Where(c => c != best))
        {
            var urls = other.Items.SelectMany(i => i.SelfAndDescendants()).Select(i => NodeKey(i.Url)).Distinct().ToList();
            var shared = urls.Count(index.ContainsKey);
            if (shared >= 2 && shared >= DuplicateOverlap * urls.Count)
            {
                MergeInto(merged, other.Items, index);
            }
        }

        return MenuItem.ToNodes(merged, new HashSet<string>(StringComparer.Ordinal));
    }

    private static IEnumerable<MenuCandidate> FindCandidates(IDocument document, Uri pageUrl)
    {
        var body = document.Body;
        if (body is null)
        {
            yield break;
        }

        var elements = body.QuerySelectorAll("*");
        var order = new Dictionary<IElement, int>();
        for (var i = 0; i < elements.Length; i++)
        {
            if (elements[i].LocalName is "ul" or "ol" or "nav" or "header" or "template" or "script" || elements[i].GetAttribute("role") == "navigation")
            {
                order[elements[i]] = i;
            }
        }

        double Position(IElement element) => order.TryGetValue(element, out var index) ? (double)index / Math.Max(1, elements.Length) : 0.5;

        foreach (var list in body.QuerySelectorAll("ul, ol"))
        {
            if (HasAncestor(list, "li") || ElementTraits.IsInFooter(list) || IsBreadcrumbOrPager(list))
            {
                continue;
            }

            var builder = new MenuTreeBuilder(pageUrl);
            var items = builder.BuildList(list);
            yield return new MenuCandidate(list, items, builder.RejectedLinks, Position(list));
        }

        // A template in the head is delivered before the page: placed at the top.
        foreach (var candidate in InertMenuCandidates(document, pageUrl, t => order.TryGetValue(t, out var at) ? (double)at / Math.Max(1, elements.Length) : 0))
        {
            yield return candidate;
        }

        foreach (var nav in body.QuerySelectorAll("nav, [role=navigation], header"))
        {
            if (nav.QuerySelector("li") is not null || ElementTraits.IsInFooter(nav) || IsBreadcrumbOrPager(nav))
            {
                continue;
            }

            var builder = new MenuTreeBuilder(pageUrl);
            var items = builder.BuildFlat(nav);
            yield return new MenuCandidate(nav, items, builder.RejectedLinks, Position(nav));
        }
    }

    /// <summary>
    /// Menus shipped inert and rendered by script: markup inside <c>&lt;template&gt;</c> elements and inside scripts typed
    /// as HTML templates (<c>text/html</c>, <c>text/template</c>, <c>text/x-template</c>), a common way for menu widgets
    /// and themes to deliver a drop-down's children. Each is parsed into a detached list that keeps the template's
    /// id and class (so "menu" in them still counts) and the template's place in the page.
    /// </summary>
    private static IEnumerable<MenuCandidate> InertMenuCandidates(IDocument document, Uri pageUrl, Func<IElement, double> position)
    {
        var templates = document.QuerySelectorAll("template, script[type]")
            .Where(e => e.LocalName == "template" || InertScriptTypes.Contains(e.GetAttribute("type")?.Trim() ?? string.Empty))
            .Take(MaxInertTemplates)
            .ToList();
        foreach (var template in templates)
        {
            var markup = template is IHtmlTemplateElement html ? html.Content.ToHtml() : template.TextContent;
            if (markup.Length is 0 or > MaxInertTemplateLength || !markup.Contains("<a", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var container = document.CreateElement("ul");
            container.InnerHtml = markup;
            if (template.Id is { Length: > 0 } id)
            {
                container.Id = id;
            }

            if (template.ClassName is { Length: > 0 } classes)
            {
                container.ClassName = classes;
            }

            var lists = container.Children.Any(c => c.LocalName == "li")
                ? [container]
                : container.QuerySelectorAll("ul, ol").Where(l => !HasAncestor(l, "li")).ToList();
            foreach (var list in lists)
            {
                var builder = new MenuTreeBuilder(pageUrl);
                var items = builder.BuildList(list);
                yield return new MenuCandidate(list, items, builder.RejectedLinks, position(template));
            }
        }
    }

    private static bool IsMostlyBreadcrumb(MenuCandidate candidate, HashSet<string> crumbs)
    {
        if (crumbs.Count == 0)
        {
            return false;
        }

        var urls = candidate.Items.SelectMany(i => i.SelfAndDescendants()).Select(i => NodeKey(i.Url)).ToList();
        return urls.Count(crumbs.Contains) >= 0.6 * urls.Count;
    }

    private static bool IsBreadcrumbOrPager(IElement element)
    {
        for (IElement? current = element; current is not null && current.LocalName != "body"; current = current.ParentElement)
        {
            if (ElementTraits.Mentions(current, "breadcrumb", "pagination", "pager", "social", "language", "currency", "locale")
                || current.GetAttribute("itemtype")?.Contains("BreadcrumbList", StringComparison.OrdinalIgnoreCase) == true)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAncestor(IElement element, string localName)
    {
        for (var current = element.ParentElement; current is not null; current = current.ParentElement)
        {
            if (current.LocalName == localName)
            {
                return true;
            }
        }

        return false;
    }

    private static string NodeKey(Uri url) => SiteUrl.Key(url).TrimEnd('/');

    private static Dictionary<string, MenuItem> Index(IEnumerable<MenuItem> items)
    {
        var index = new Dictionary<string, MenuItem>(StringComparer.Ordinal);
        foreach (var item in items.SelectMany(i => i.SelfAndDescendants()))
        {
            index.TryAdd(NodeKey(item.Url), item);
        }

        return index;
    }

    /// <summary>Adds what a duplicate menu has beyond the chosen one, under the same parents.</summary>
    private static void MergeInto(List<MenuItem> target, IEnumerable<MenuItem> source, Dictionary<string, MenuItem> index)
    {
        foreach (var item in source)
        {
            if (index.TryGetValue(NodeKey(item.Url), out var existing))
            {
                MergeInto(existing.Children, item.Children, index);
                continue;
            }

            var copy = new MenuItem(item.Name, item.Url);
            target.Add(copy);
            index[NodeKey(item.Url)] = copy;
            MergeInto(copy.Children, item.Children, index);
        }
    }
}
