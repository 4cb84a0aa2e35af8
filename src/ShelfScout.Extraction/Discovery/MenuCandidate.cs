using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>One list that might be the category menu, with the tree built from it and how much it looks like one.</summary>
internal sealed class MenuCandidate
{
    /// <param name="root">The list (or list-less nav) the menu was built from.</param>
    /// <param name="items">The menu's top-level entries.</param>
    /// <param name="rejectedLinks">Links dropped as non-categories while building.</param>
    /// <param name="position">Where the root sits in the page, 0 (top) to 1 (bottom).</param>
    public MenuCandidate(IElement root, List<MenuItem> items, int rejectedLinks, double position)
    {
        Root = root;
        Items = items;
        Score = ComputeScore(root, items, rejectedLinks) * (1.2 - (0.5 * Math.Clamp(position, 0, 1)));
    }

    public IElement Root { get; }

    public List<MenuItem> Items { get; }

    public double Score { get; }

    private static double ComputeScore(IElement root, List<MenuItem> items, int rejectedLinks)
    {
        var links = items.SelectMany(i => i.SelfAndDescendants()).Select(i => SiteUrl.Key(i.Url)).Distinct(StringComparer.Ordinal).Count();
        if (links < 2)
        {
            return 0;
        }

        var depth = items.Max(i => i.Depth);
        var score = links + (8.0 * Math.Min(depth - 1, 3));

        // A menu that is mostly account/help/content links is a utility bar, even if a category slipped into it.
        score *= 1.0 - (0.8 * rejectedLinks / (links + rejectedLinks));
        score *= PlacementFactor(root);
        if (items.Count > 40)
        {
            score *= 0.5;
        }

        return score;
    }

    private static double PlacementFactor(IElement root)
    {
        var factor = 1.0;
        var chrome = ElementTraits.PageChrome(root) ?? (IsNavigationLike(root) ? root : null);
        if (chrome is not null)
        {
            factor *= chrome.LocalName == "aside" || chrome.GetAttribute("role") == "complementary" ? 0.7 : 2.0;
        }
        else if (ElementTraits.IsInside(root, "main") || ElementTraits.IsInside(root, "article"))
        {
            factor *= 0.4;
        }

        for (IElement? current = root; current is not null && current.LocalName != "body"; current = current.ParentElement)
        {
            if (ElementTraits.Mentions(current, "menu", "nav", "categor", "department"))
            {
                factor *= 1.3;
                break;
            }
        }

        return factor;
    }

    private static bool IsNavigationLike(IElement element) =>
        element.LocalName is "nav" or "header" || element.GetAttribute("role") is "navigation" or "banner";
}
