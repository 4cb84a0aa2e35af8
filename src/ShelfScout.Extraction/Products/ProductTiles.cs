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
            var alike = 0;
            // By index: AngleSharp's NextElementSibling scans the parent's children, quadratic over a long list.
            var children = parent.ChildNodes;
            for (var i = 0; i < children.Length && i < MaxSiblingsLooked && alike < MaxAlikeLooked; i++)
            {
                if (children[i] is IElement sibling && sibling.LocalName == current.LocalName && string.Equals(sibling.GetAttribute("class"), className, StringComparison.Ordinal)
                    && ++alike > 0 && LinksElsewhere(sibling, pageUrl) && ++linkedAlike >= 3)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Tiles show themselves among the first siblings (nodes, text included); a list of 50,000 items is not walked once per price.</summary>
    private const int MaxSiblingsLooked = 120;

    /// <summary>Of alike siblings, three in the first dozen link elsewhere in any real grid or carousel.</summary>
    private const int MaxAlikeLooked = 12;

    /// <summary>A tile is a small block: past this many elements a block is a page section, not a tile.</summary>
    private const int MaxTileElements = 300;

    private static bool LinksElsewhere(IElement tile, Uri pageUrl)
    {
        // Walked by hand and stopped early: a selector query (or AngleSharp's Descendants) would collect every
        // element of a page-sized sibling, once per price on the page.
        var pending = new Stack<IElement>();
        pending.Push(tile);
        var visited = 0;
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (++visited > MaxTileElements)
            {
                return false;
            }

            if (element.LocalName == "a" && element.GetAttribute("href") is { } href && !href.StartsWith('#') && Uri.TryCreate(pageUrl, href, out var target)
                && !string.Equals(target.AbsolutePath, pageUrl.AbsolutePath, StringComparison.Ordinal))
            {
                return true;
            }

            var children = element.ChildNodes;
            if (children.Length > MaxTileElements)
            {
                return false;
            }

            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child)
                {
                    pending.Push(child);
                }
            }
        }

        return false;
    }
}
