using AngleSharp.Dom;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Finds the main product grid of a listing page by repeated structure, not by class names.</summary>
/// <remarks>
/// Any element whose children are mostly single-product cards is a candidate container; containers that are siblings
/// of the same shape (the rows of one grid) are merged; groups are scored by size, pictures, prices and names, and
/// penalised when labelled as related/recommended/recently viewed or built as a carousel.
/// </remarks>
internal sealed class ProductGridFinder(Uri pageUrl, bool unpricedSingleCard = false)
{
    private readonly CardReader _cards = new(pageUrl);

    public ProductGrid? Find(IDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return null;
        }

        var containers = new List<(IElement Container, List<ProductCard> Cards)>();
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (element.ChildElementCount < 1 || element.LocalName is "a" or "select" or "script" or "svg" || ElementTraits.PageChrome(element) is not null)
            {
                continue;
            }

            var cards = ReadCards(element);
            if (cards is not null)
            {
                containers.Add((element, cards));
            }
        }

        return Group(containers)
            .Where(g => g.IsPlausible)
            .OrderByDescending(g => g.Score())
            .FirstOrDefault();
    }

    /// <summary>
    /// The cards of a container: most linking children are single-product cards, for at least two products; or a list
    /// holding exactly one card that has both a picture and a price (a category with a single product; on a page known
    /// to be a category, a picture is enough: its one product may show no price).
    /// </summary>
    private List<ProductCard>? ReadCards(IElement element)
    {
        var linking = 0;
        var cards = new List<ProductCard>();
        foreach (var child in element.Children)
        {
            if (child.LocalName is "script" or "style" or "template" || child.QuerySelector("a[href]") is null && child.LocalName != "a")
            {
                continue;
            }

            // A navigation block beside the grid (a breadcrumb, a pager, a sidebar menu) is neither a card nor a product.
            if (child.LocalName == "nav" || child.GetAttribute("role") == "navigation" || ElementTraits.Mentions(child, "breadcrumb"))
            {
                continue;
            }

            linking++;
            if (_cards.Read(child) is { } card)
            {
                cards.Add(card);
            }
        }

        var distinct = cards.Select(c => c.Family).Distinct(StringComparer.Ordinal).Count();
        if (distinct == 1 && linking == 1 && element.LocalName is "ul" or "ol" && cards[0].HasImage && (cards[0].HasPrice || unpricedSingleCard))
        {
            return cards;
        }

        return distinct >= 2 && cards.Count >= 0.6 * linking ? cards : null;
    }

    /// <summary>The usual shape of a container's cards (child tags, pictured, priced), so subcategory tiles and products stay apart.</summary>
    private static string Shape(List<ProductCard> cards) =>
        cards.GroupBy(c => $"{string.Join(',', c.Element.Children.Select(e => e.LocalName))}|{c.HasImage}|{c.HasPrice}", StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .First().Key;

    /// <summary>Merges containers that are siblings with the same tag (rows of one grid, or one list split in two).</summary>
    private IEnumerable<ProductGrid> Group(List<(IElement Container, List<ProductCard> Cards)> containers)
    {
        var used = new HashSet<IElement>();
        foreach (var (container, cards) in containers)
        {
            if (!used.Add(container))
            {
                continue;
            }

            var members = new List<IElement> { container };
            var allCards = new List<ProductCard>(cards);
            foreach (var (other, otherCards) in containers)
            {
                if (!used.Contains(other) && other.ParentElement == container.ParentElement && other.LocalName == container.LocalName
                    && Shape(otherCards) == Shape(cards))
                {
                    used.Add(other);
                    members.Add(other);
                    allCards.AddRange(otherCards);
                }
            }

            yield return new ProductGrid(members, allCards, unpricedSingleCard);
        }
    }
}
