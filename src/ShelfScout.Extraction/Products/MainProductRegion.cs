using AngleSharp.Dom;

namespace ShelfScout.Extraction.Products;

/// <summary>
/// Where the main product is on the page: its title element (the heading that names it, not a carousel tile) and
/// the document order of every element, so other heuristics can prefer evidence close to the title.
/// </summary>
internal sealed class MainProductRegion
{
    private static readonly string[] ChromeTags = ["HEADER", "FOOTER", "NAV", "ASIDE"];

    private readonly Dictionary<IElement, int> _order;
    private readonly HashSet<IElement> _titleAncestors = new(ReferenceEqualityComparer.Instance);

    private MainProductRegion(IElement? title, Dictionary<IElement, int> order)
    {
        Title = title;
        _order = order;
        for (var current = title; current is not null; current = current.ParentElement)
        {
            _titleAncestors.Add(current);
        }
    }

    /// <summary>The element holding the product's name, when one was found.</summary>
    public IElement? Title { get; }

    public static MainProductRegion Locate(IDocument document, IReadOnlyList<string> referenceNames)
    {
        var order = new Dictionary<IElement, int>();
        var index = 0;
        foreach (var element in document.All)
        {
            order[element] = index++;
        }

        return new MainProductRegion(FindTitle(document, referenceNames), order);
    }

    public int OrderOf(IElement element) => _order.TryGetValue(element, out var i) ? i : -1;

    /// <summary>Elements between the title and <paramref name="element"/> in document order (negative when before the title).</summary>
    public int DistanceFromTitle(IElement element) => Title is null ? 0 : OrderOf(element) - OrderOf(Title);

    /// <summary>How many levels up from <paramref name="element"/> its nearest common ancestor with the title is.</summary>
    public int TreeDistanceFromTitle(IElement element)
    {
        if (Title is null)
        {
            return 0;
        }

        var steps = 0;
        for (var current = element; current is not null; current = current.ParentElement, steps++)
        {
            if (_titleAncestors.Contains(current))
            {
                return steps;
            }
        }

        return steps;
    }

    public static bool InPageChrome(IElement element)
    {
        for (var current = element.ParentElement; current is not null; current = current.ParentElement)
        {
            if (ChromeTags.Contains(current.TagName, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static IElement? FindTitle(IDocument document, IReadOnlyList<string> referenceNames)
    {
        var headings = document.QuerySelectorAll("h1")
            .Where(h => !DomText.IsHidden(h) && !InPageChrome(h))
            .Select(h => (Element: h, Text: DomText.Spaced(h)))
            .Where(h => h.Text.Length is >= 2 and <= 400)
            .ToList();
        var named = document.QuerySelectorAll("[itemprop=name], [class*=product-title], [class*=product-name], [class*=productTitle], [class*=productName], [class*=product_title], [class*=product_name]")
            .Where(e => !DomText.IsHidden(e))
            .Select(e => (Element: e, Text: DomText.Spaced(e)))
            .Where(h => h.Text.Length is >= 2 and <= 400)
            .Take(20)
            .ToList();

        var scored = headings.Concat(named)
            .Select((h, i) => (h.Element, Score: TextSimilarity.Best(h.Text, referenceNames) + (h.Element.LocalName == "h1" ? 0.3 : 0) - (i * 0.001)))
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var best = scored.MaxBy(h => h.Score);
        if (best.Score > 0.5 || headings.Count == 1 || referenceNames.Count == 0)
        {
            return best.Element;
        }

        return headings.Count > 0 ? headings[0].Element : best.Element;
    }
}
