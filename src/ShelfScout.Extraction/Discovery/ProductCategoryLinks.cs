using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>
/// The categories a product page says it is in: the links after a category label ("Categories: Tea, Gifts" in a line
/// of the product's details, <c>&lt;dt&gt;Category&lt;/dt&gt;&lt;dd&gt;…</c>, <c>&lt;th&gt;Category&lt;/th&gt;&lt;td&gt;…</c>).
/// A product is often in categories its breadcrumb does not show, and some of them no menu links.
/// </summary>
public static class ProductCategoryLinks
{
    private const int MaxLinks = 20;
    private const int MaxLabelLength = 40;
    private const int MaxContainerText = 400;

    /// <summary>The labelled category links of the page outside its header, footer and navigation, each with its link text.</summary>
    public static IReadOnlyList<(Uri Url, string Name)> Read(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var found = new List<(Uri, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (document.Body is null)
        {
            return found;
        }

        foreach (var text in document.Body.Descendants<IText>())
        {
            if (found.Count >= MaxLinks)
            {
                break;
            }

            if (text.ParentElement is not { } parent || !IsLabel(text.Data, parent) || ElementTraits.PageChrome(parent) is not null)
            {
                continue;
            }

            foreach (var (anchor, url) in LabelledAnchors(parent, pageUrl))
            {
                var name = ElementTraits.CleanText(anchor.TextContent);
                if (name.Length > 0 && seen.Add(url.AbsoluteUri) && found.Count < MaxLinks)
                {
                    found.Add((url, name));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// "Categories:" anywhere but a heading, or "Category" alone as the whole text of a label cell or label element: a
    /// heading "Categories" titles a sidebar list of every category, not this product's.
    /// </summary>
    private static bool IsLabel(string data, IElement parent)
    {
        var label = data.Trim();
        if (label.Length == 0 || label.Length > MaxLabelLength || parent.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "a" or "option" or "button")
        {
            return false;
        }

        var colon = label[^1] is ':' or '：';
        label = label.TrimEnd(':', '：').TrimEnd();
        if (!DiscoveryVocabulary.CategoryLabels.Any(l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        return colon || (parent.LocalName is "dt" or "th" or "td" or "label" or "span" or "strong" or "b" && ElementTraits.CleanText(parent.TextContent).Length <= MaxLabelLength);
    }

    /// <summary>
    /// The links the label stands before: in the label's own line when it holds them ("Categories: &lt;a&gt;…"), else in the
    /// next cell or definition (the label has an element of its own), else in the line around the label's element.
    /// </summary>
    private static IReadOnlyList<(IElement Anchor, Uri Url)> LabelledAnchors(IElement labelElement, Uri pageUrl)
    {
        var own = Anchors(labelElement, pageUrl);
        if (own.Count > 0)
        {
            return own;
        }

        if (labelElement.NextElementSibling is { } next && labelElement.LocalName is "dt" or "th" or "td" or "span" or "strong" or "b" or "label")
        {
            var following = Anchors(next, pageUrl);
            if (following.Count > 0)
            {
                return following;
            }
        }

        return labelElement.ParentElement is { } line && labelElement.LocalName is not ("dt" or "th" or "td") ? Anchors(line, pageUrl) : [];
    }

    /// <summary>
    /// The element's links, resolved (<see cref="SiteUrl.LinkTarget"/>: no fragment-only or template links, http(s)
    /// only), when it is a short line (a details row, not a block of the page).
    /// </summary>
    private static IReadOnlyList<(IElement Anchor, Uri Url)> Anchors(IElement container, Uri pageUrl)
    {
        if (container.LocalName is "body" or "main" or "article" || container.TextContent.Length > MaxContainerText)
        {
            return [];
        }

        return container.QuerySelectorAll("a[href]")
            .Select(a => (Anchor: a, Url: SiteUrl.LinkTarget(a, pageUrl)))
            .Where(l => l.Url is not null)
            .Take(MaxLinks)
            .Select(l => (l.Anchor, l.Url!))
            .ToList();
    }
}
