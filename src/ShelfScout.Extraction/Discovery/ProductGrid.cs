using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>A block of repeated product cards (one container, or sibling containers such as the rows of one grid).</summary>
internal sealed class ProductGrid(IReadOnlyList<IElement> containers, IReadOnlyList<ProductCard> cards, bool unpricedSingleCard = false)
{
    private static readonly string[] SideWords =
    [
        "related", "recommend", "you may also like", "you might also like", "also like", "recently viewed",
        "recently-viewed", "recently_viewed", "upsell", "up-sell", "cross-sell", "crosssell", "also bought",
        "also viewed", "similar", "bestseller", "best seller", "trending", "ähnliche", "empfehl", "zuletzt angesehen",
        "vous aimerez", "récemment consultés", "similares", "relacionados", "te puede interesar", "vergelijkbare",
        "anche ti", "correlati", "liknande",
    ];

    private static readonly string[] CarouselWords = ["carousel", "slider", "swiper", "slick", "splide", "glide", "owl-"];

    public IReadOnlyList<IElement> Containers { get; } = containers;

    public IReadOnlyList<ProductCard> Cards { get; } = cards;

    public int DistinctProducts => Cards.Select(c => c.Family).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Looks like a product grid at all: three or more products mostly pictured or priced, or two both pictured and priced.</summary>
    public bool IsPlausible => DistinctProducts switch
    {
        < 1 => false,
        1 => Containers.Count == 1 && Cards.All(c => c.HasImage && (c.HasPrice || unpricedSingleCard)),
        2 => Fraction(c => c.HasImage) >= 0.5 && Fraction(c => c.HasPrice) >= 0.5,
        _ => Fraction(c => c.HasImage) >= 0.5 || Fraction(c => c.HasPrice) >= 0.5,
    };

    public double Score()
    {
        // Prices multiply: subcategory tiles have pictures and names too, only products carry prices (a hub's one
        // priced "popular" card outweighs its three or four unpriced subcategory tiles).
        var score = DistinctProducts * (1 + Fraction(c => c.HasImage) + (0.5 * Fraction(c => c.HasName))) * (1 + (4 * Fraction(c => c.HasPrice)));
        var container = Containers[0];
        if (IsSideBlock(container))
        {
            score *= 0.25;
        }

        if (HasAncestorMentioning(container, CarouselWords, 4) || container.Closest("[aria-roledescription=carousel]") is not null)
        {
            score *= 0.6;
        }

        if (container.Closest("main, [role=main]") is not null)
        {
            score *= 1.5;
        }

        return score;
    }

    /// <summary>The grid is labelled as a side block (related, recommended, recently viewed products), not the page's own listing.</summary>
    /// <remarks>A page's own <c>&lt;h1&gt;</c> is never the label: a collection named "Best sellers" is a listing.</remarks>
    public bool IsLabelledAsSideBlock => IsSideBlock(Containers[0], pageHeadingCounts: false);

    private double Fraction(Func<ProductCard, bool> predicate) => Cards.Count == 0 ? 0 : (double)Cards.Count(predicate) / Cards.Count;

    /// <summary>A "related", "recommended" or "recently viewed" block, by its own labels or its heading.</summary>
    private static bool IsSideBlock(IElement container, bool pageHeadingCounts = true)
    {
        if (HasAncestorMentioning(container, SideWords, 6))
        {
            return true;
        }

        // The heading just before the block, or the first heading of the section wrapping it.
        var depth = 0;
        for (IElement? current = container; current is not null && current.LocalName != "body" && depth < 4; current = current.ParentElement, depth++)
        {
            for (var previous = current.PreviousElementSibling; previous is not null; previous = previous.PreviousElementSibling)
            {
                var heading = previous.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" ? previous : previous.QuerySelector("h2, h3, h4");
                if (heading is not null)
                {
                    if (!pageHeadingCounts && heading.LocalName == "h1")
                    {
                        return false;
                    }

                    var text = ElementTraits.CleanText(heading.TextContent).ToLowerInvariant();
                    return SideWords.Any(w => text.Contains(w, StringComparison.Ordinal));
                }
            }
        }

        return false;
    }

    private static bool HasAncestorMentioning(IElement element, string[] words, int levels)
    {
        var depth = 0;
        for (IElement? current = element; current is not null && current.LocalName != "body" && depth < levels; current = current.ParentElement, depth++)
        {
            if (ElementTraits.Mentions(current, words))
            {
                return true;
            }
        }

        return false;
    }
}
