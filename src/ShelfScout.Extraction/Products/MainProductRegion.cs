using AngleSharp.Dom;

namespace ShelfScout.Extraction.Products;

/// <summary>
/// Where the main product is on the page: its title element (the heading that names it, not a carousel tile) and
/// the document order of every element, so other heuristics can prefer evidence close to the title.
/// </summary>
internal sealed class MainProductRegion
{
    private readonly Dictionary<IElement, int> _order;
    private readonly IElement[] _elements;
    private readonly bool[] _hidden;
    private readonly int[] _chrome;
    private readonly HashSet<IElement> _titleAncestors = new(ReferenceEqualityComparer.Instance);

    private MainProductRegion(IElement? title, IElement[] elements, Dictionary<IElement, int> order, bool[] hidden, int[] chrome)
    {
        Title = title;
        _elements = elements;
        _order = order;
        _hidden = hidden;
        _chrome = chrome;
        for (var current = title; current is not null; current = current.ParentElement)
        {
            _titleAncestors.Add(current);
        }
    }

    /// <summary>The element holding the product's name, when one was found.</summary>
    public IElement? Title { get; }

    public static MainProductRegion Locate(IDocument document, IReadOnlyList<string> referenceNames)
    {
        // One pass computes document order and the inherited hidden / page-chrome flags, so the readers never walk ancestors.
        var list = new List<IElement>(4096);
        var hiddenList = new List<bool>(4096);
        var chromeList = new List<int>(4096);
        if (document.DocumentElement is { } rootElement)
        {
            Walk(rootElement, list, hiddenList, chromeList);
        }

        var elements = list.ToArray();
        var hidden = hiddenList.ToArray();
        var chrome = chromeList.ToArray();
        var order = new Dictionary<IElement, int>(elements.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < elements.Length; i++)
        {
            order[elements[i]] = i;
        }

        var region = new MainProductRegion(null, elements, order, hidden, chrome);
        return new MainProductRegion(FindTitle(document, referenceNames, region), elements, order, hidden, chrome);
    }

    /// <summary>Records each element's order, inherited hidden flag and outermost header/footer/nav ancestor (-1 for none).</summary>
    /// <remarks>
    /// Iterative, so a page nested thousands of levels deep cannot overflow the stack; children by index, because
    /// AngleSharp's NextElementSibling scans the parent's children (quadratic over a list of 100,000 items).
    /// </remarks>
    private static void Walk(IElement root, List<IElement> elements, List<bool> hidden, List<int> chrome)
    {
        var pending = new Stack<(IElement Element, bool HiddenAbove, int ChromeAbove)>();
        pending.Push((root, false, -1));
        var children = new List<IElement>();
        while (pending.Count > 0)
        {
            var (element, hiddenAbove, chromeAbove) = pending.Pop();
            var isHidden = hiddenAbove || DomText.IsSelfHidden(element);
            var index = elements.Count;
            elements.Add(element);
            hidden.Add(isHidden);
            chrome.Add(chromeAbove);
            var childChrome = chromeAbove >= 0 ? chromeAbove : IsChrome(element) ? index : -1;
            children.Clear();
            foreach (var node in element.ChildNodes)
            {
                if (node is IElement child)
                {
                    children.Add(child);
                }
            }

            // Pushed last to first, so they are visited in document order.
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push((children[i], isHidden, childChrome));
            }
        }
    }

    /// <summary>The page's own header, footer and navigation; a &lt;header&gt; inside an article or main is the product's own.</summary>
    private static bool IsChrome(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role is "banner" or "contentinfo" or "navigation")
        {
            return true;
        }

        if (element.LocalName is "nav")
        {
            return true;
        }

        // A site header carries navigation, search and many links; a header holding just the product's h1 is its own.
        return element.LocalName switch
        {
            "footer" => element.Closest("article, main, section, [role=main]") is null,
            "header" => element.Closest("article, main, section, [role=main]") is null
                        && (element.QuerySelector("nav, form, input") is not null || element.QuerySelectorAll("a[href]").Length >= 8),
            _ => false,
        };
    }

    /// <summary>True when <paramref name="element"/> is the title or contains it.</summary>
    public bool ContainsTitle(IElement element) => _titleAncestors.Contains(element);

    /// <summary>Elements from <paramref name="before"/> before the title to <paramref name="after"/> after it, in document order (the whole page without a title).</summary>
    public IEnumerable<IElement> Window(int before, int after)
    {
        var title = Title is null ? -1 : OrderOf(Title);
        var from = title < 0 ? 0 : Math.Max(0, title - before);
        var to = title < 0 ? _elements.Length : Math.Min(_elements.Length, title + after + 1);
        for (var i = from; i < to; i++)
        {
            yield return _elements[i];
        }
    }

    /// <summary>True when the element or an ancestor is hidden by markup.</summary>
    public bool IsHidden(IElement element) => _order.TryGetValue(element, out var i) ? _hidden[i] : DomText.IsHidden(element);

    /// <summary>True when the element sits in the page's header, footer, nav or aside.</summary>
    /// <remarks>A header that holds the product's title is the product's own header, not page chrome.</remarks>
    public bool InChrome(IElement element) =>
        _order.TryGetValue(element, out var i) ? _chrome[i] >= 0 && !ContainsTitle(_elements[_chrome[i]]) : InPageChrome(element);

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
            if (IsChrome(current))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesProduct(IElement element)
    {
        if (element.GetAttribute("itemprop") == "name")
        {
            return true;
        }

        var cls = element.GetAttribute("class");
        return cls is not null && cls.Contains("product", StringComparison.OrdinalIgnoreCase)
               && (cls.Contains("title", StringComparison.OrdinalIgnoreCase) || cls.Contains("name", StringComparison.OrdinalIgnoreCase))
               && (cls.Contains("product-title", StringComparison.OrdinalIgnoreCase) || cls.Contains("product-name", StringComparison.OrdinalIgnoreCase)
                   || cls.Contains("productTitle", StringComparison.OrdinalIgnoreCase) || cls.Contains("productName", StringComparison.OrdinalIgnoreCase)
                   || cls.Contains("product_title", StringComparison.OrdinalIgnoreCase) || cls.Contains("product_name", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsTitleLike(IElement element) =>
        element.GetAttribute("class") is { } cls && cls.Contains("title", StringComparison.OrdinalIgnoreCase) && element.LocalName is not ("a" or "title" or "meta" or "button" or "img");

    private static IElement? FindTitle(IDocument document, IReadOnlyList<string> referenceNames, MainProductRegion region)
    {
        var headings = document.QuerySelectorAll("h1")
            .Where(h => !region.IsHidden(h))
            .Select(h => (Element: h, Text: DomText.Spaced(h), Chrome: region.InChrome(h)))
            .Where(h => h.Text.Length is >= 2 and <= 400)
            .ToList();
        // Review widgets that give each review an h1 of its own ("Faux Throw" above a review of the faux fur throw)
        // echo the product's name more closely than its real heading does; while an h1 outside them and the page's chrome
        // stands, theirs are not it (a site's logo h1 in its header is no such heading).
        if (headings.Count > 1 && headings.Exists(h => ShopperWriting.Holds(h.Element)) && headings.Where(h => !h.Chrome && !ShopperWriting.Holds(h.Element)).ToList() is { Count: > 0 } own)
        {
            headings = own;
        }

        var named = region._elements
            .Where(e => (NamesProduct(e) || e.LocalName is "h2" || IsTitleLike(e)) && !region.IsHidden(e) && !DomText.TextLongerThan(e, 600))
            .Select(e => (Element: e, Text: DomText.Spaced(e), Chrome: region.InChrome(e)))
            .Where(h => h.Text.Length is >= 2 and <= 400)
            .Where(h => NamesProduct(h.Element) || TextSimilarity.Best(h.Text, referenceNames) >= 0.6)
            // A review's own title ("Ghost pepper") can echo the product's name: shoppers' headings are not the product's.
            .Where(h => !ShopperWriting.Holds(h.Element))
            .Take(20)
            .ToList();
        var scored = headings.Concat(named)
            .Select((h, i) => (h.Element, Score: TextSimilarity.Best(h.Text, referenceNames) + (h.Element.LocalName == "h1" ? 0.3 : 0) - (h.Chrome ? 0.4 : 0) - (i * 0.001)))
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

        return headings.Where(h => !h.Chrome).Select(h => h.Element).FirstOrDefault() ?? best.Element;
    }
}
