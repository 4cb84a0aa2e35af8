using AngleSharp.Dom;

namespace ShelfScout.Extraction.Products;

/// <summary>Recognises product tiles (listing cards, carousel items): repeated alike blocks that each link to another page.</summary>
internal static class ProductTiles
{
    /// <summary>
    /// An element inside one of several alike tiles (same tag and class, each linking to another page) belongs to a
    /// listing or a carousel, not to the page's own product.
    /// </summary>
    public static bool IsInTile(IElement holder, Uri pageUrl)
    {
        var current = holder;
        for (var level = 0; level < 6 && current?.ParentElement is { } parent; level++, current = parent)
        {
            if (current.LocalName is "p" or "span" or "br" or "strong" or "b" or "em")
            {
                // Inline text and paragraphs are prose, not tiles.
                continue;
            }

            var className = current.GetAttribute("class");
            var linkedAlike = 0;
            foreach (var sibling in parent.Children)
            {
                if (sibling.LocalName == current.LocalName && string.Equals(sibling.GetAttribute("class"), className, StringComparison.Ordinal)
                    && LinksElsewhere(sibling, pageUrl) && ++linkedAlike >= 3)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool LinksElsewhere(IElement tile, Uri pageUrl)
    {
        foreach (var link in tile.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href");
            if (href is not null && !href.StartsWith('#') && Uri.TryCreate(pageUrl, href, out var target)
                && !string.Equals(target.AbsolutePath, pageUrl.AbsolutePath, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
