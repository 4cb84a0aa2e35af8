using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Reads schema.org BreadcrumbList expressed as microdata (itemprop) or RDFa (property/typeof) in the markup.</summary>
internal static class MarkupBreadcrumbReader
{
    public static IReadOnlyList<BreadcrumbItem> Read(IDocument document, Uri pageUrl)
    {
        var best = new List<BreadcrumbItem>();
        foreach (var list in document.QuerySelectorAll("[itemtype*='BreadcrumbList' i]"))
        {
            var trail = ReadTrail(list, pageUrl, "itemprop");
            best = trail.Count > best.Count ? trail : best;
        }

        foreach (var list in document.QuerySelectorAll("[typeof*='BreadcrumbList' i], [vocab] [typeof*='BreadcrumbList' i]"))
        {
            var trail = ReadTrail(list, pageUrl, "property");
            best = trail.Count > best.Count ? trail : best;
        }

        return best;
    }

    private static List<BreadcrumbItem> ReadTrail(IElement list, Uri pageUrl, string attribute)
    {
        var entries = new List<(double Position, int Order, BreadcrumbItem Item)>();
        var elements = list.QuerySelectorAll($"[{attribute}~='itemListElement']").ToList();
        for (var i = 0; i < elements.Count; i++)
        {
            if (ReadItem(elements[i], pageUrl, attribute) is { } item)
            {
                entries.Add((Position(elements[i], attribute) ?? i, i, item));
            }
        }

        return entries.OrderBy(e => e.Position).ThenBy(e => e.Order).Select(e => e.Item).ToList();
    }

    private static BreadcrumbItem? ReadItem(IElement element, Uri pageUrl, string attribute)
    {
        var itemElement = Find(element, attribute, "item");
        var nameElement = Find(element, attribute, "name");
        var name = nameElement?.GetAttribute("content") ?? nameElement?.TextContent
            ?? itemElement?.GetAttribute("title") ?? itemElement?.TextContent;
        var url = itemElement is null
            ? null
            : itemElement.GetAttribute("href") ?? itemElement.GetAttribute("content") ?? itemElement.GetAttribute("itemid")
                ?? itemElement.GetAttribute("resource") ?? itemElement.GetAttribute("src");
        if (itemElement is not null && url is null && itemElement.LocalName != "a")
        {
            url = itemElement.QuerySelector("a[href]")?.GetAttribute("href");
        }

        var cleanName = ElementTraits.CleanText(name);
        return cleanName.Length == 0 ? null : new BreadcrumbItem(cleanName, SiteUrl.Resolve(url, pageUrl));
    }

    private static IElement? Find(IElement scope, string attribute, string property)
    {
        if (scope.GetAttribute(attribute)?.Split(' ').Contains(property, StringComparer.Ordinal) == true)
        {
            return scope;
        }

        return scope.QuerySelector($"[{attribute}~='{property}']");
    }

    private static double? Position(IElement element, string attribute)
    {
        var position = element.QuerySelector($"[{attribute}~='position']");
        var text = position?.GetAttribute("content") ?? position?.TextContent;
        return double.TryParse(text?.Trim(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }
}
