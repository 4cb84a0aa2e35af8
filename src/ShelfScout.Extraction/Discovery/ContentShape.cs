using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>
/// The shape of a page's main content, for grouping a site's pages by template beside their URL pattern: where its main
/// heading sits, as the heading's nearest ancestors, each by tag and first class (<c>div.product-view/div.product-name/h1</c>).
/// A theme prints one kind of page from one template, so its product pages share a shape and its category pages
/// another, even where both kinds share a URL pattern (Magento's and BigCommerce's flat <c>/name.html</c> or
/// <c>/name/</c> paths, WooCommerce shops with category and product bases under one segment). Classes holding a digit
/// (a product's or post's id) are left out, being the page's own and not its template's; nothing here names a class.
/// </summary>
public static class ContentShape
{
    /// <summary>Ancestors of the heading that make up the shape: the nearest ones, where templates differ (outer wrappers are shared by every page).</summary>
    public const int Depth = 4;

    /// <summary>
    /// The page's shape, or null when it has no main heading outside page chrome (a theme that puts its logo or the
    /// page's title in the header bar prints it alike on every page, so where it sits tells no template from another).
    /// </summary>
    public static string? Of(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (PageClassifier.MainHeadingElement(document) is not { } heading || ElementTraits.PageChrome(heading) is not null)
        {
            return null;
        }

        var steps = new List<string>(Depth + 1) { heading.LocalName };
        for (var current = heading.ParentElement; current is not null && steps.Count <= Depth && current.LocalName is not "body" and not "html"; current = current.ParentElement)
        {
            steps.Add(Step(current));
        }

        steps.Reverse();
        return string.Join('/', steps);
    }

    private static string Step(IElement element)
    {
        foreach (var name in element.ClassList)
        {
            if (!name.Any(char.IsDigit))
            {
                return element.LocalName + "." + name;
            }
        }

        return element.LocalName;
    }
}
