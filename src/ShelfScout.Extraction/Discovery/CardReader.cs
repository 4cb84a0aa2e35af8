using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ShelfScout.Extraction.Pricing;

namespace ShelfScout.Extraction.Discovery;

/// <summary>Decides whether an element is a card for exactly one product (its links lead to one product, others are minor).</summary>
internal sealed partial class CardReader(Uri pageUrl)
{
    // A card holds a handful of links (image, title, swatches, brand); a block with dozens is a section, not a card.
    private const int MaxAnchorsPerCard = 30;

    private readonly Dictionary<IElement, Link?> _links = [];

    /// <summary>The element read as a product card, or null when it links to no product or to several alike.</summary>
    public ProductCard? Read(IElement element)
    {
        var anchors = element.LocalName == "a" ? [element] : element.QuerySelectorAll("a[href]").ToArray();
        if (anchors.Length is 0 or > MaxAnchorsPerCard)
        {
            return null;
        }

        var links = anchors.Select(LinkOf).OfType<Link>().ToList();
        if (links.Count == 0)
        {
            return null;
        }

        var families = links.GroupBy(l => l.Family, StringComparer.Ordinal)
            .Select(g => (Family: g.Key, Count: g.Count(), Strong: g.Any(l => l.HasImage || l.InHeading), Image: g.Any(l => l.HasImage), First: g.First()))
            .ToList();
        if (families.Count(f => f.Image) > 1 || families.Count > 4)
        {
            return null;
        }

        var ranked = families.OrderByDescending(f => f.Count).ThenByDescending(f => f.Strong).ToList();
        if (ranked.Count > 1)
        {
            var (top, second) = (ranked[0], ranked[1]);
            var dominates = top.Count > second.Count || top.Count == second.Count && top.Strong && !second.Strong;
            if (!dominates)
            {
                return null;
            }
        }

        var primary = ranked[0];
        var text = ElementTraits.CleanText(element.TextContent);
        return new ProductCard(
            element,
            primary.First.Url,
            primary.Family,
            HasImage(element),
            HasPrice(element, text),
            links.Any(l => l.Family == primary.Family && l.Name.Count(char.IsLetter) >= 3));
    }

    private Link? LinkOf(IElement anchor)
    {
        if (_links.TryGetValue(anchor, out var cached))
        {
            return cached;
        }

        Link? link = null;
        var target = SiteUrl.LinkTarget(anchor, pageUrl);
        if (target is not null && SiteUrl.IsSameSite(target, pageUrl) && !LinkFamily.IsAction(target, pageUrl) && !SiteUrl.IsSiteRoot(target)
            && !NavigationLinkFilter.IsUtilityPath(target) && !IsFileLink(target))
        {
            var inHeading = anchor.Closest("h1, h2, h3, h4, h5, h6") is not null || anchor.QuerySelector("h2, h3, h4, h5, h6") is not null;
            link = new Link(SiteUrl.Canonical(target), LinkFamily.Key(target), HasImage(anchor), inHeading, ElementTraits.LinkName(anchor));
        }

        _links[anchor] = link;
        return link;
    }

    /// <summary>A link to an image or document (a zoom link, a PDF) rather than to a page.</summary>
    private static bool IsFileLink(Uri target)
    {
        var extension = Path.GetExtension(target.AbsolutePath).ToLowerInvariant();
        return extension is ".jpg" or ".jpeg" or ".png" or ".gif" or ".webp" or ".avif" or ".svg" or ".pdf" or ".ashx" or ".zip";
    }

    private static bool HasImage(IElement element) =>
        element.LocalName is "img" or "picture"
        || element.QuerySelector("img, picture, svg image, [style*='background-image'], [data-src], [data-srcset], [data-bg]") is not null;

    // Leaf texts are checked one by one too: TextContent glues neighbours ("400mlR 1 689,99") and hides a leading symbol.
    private static bool HasPrice(IElement element, string text) =>
        PricePattern().IsMatch(text)
        || element.QuerySelectorAll("*").Any(e => e.ChildElementCount == 0 && PricePattern().IsMatch(ElementTraits.CleanText(e.TextContent)))
        || element.QuerySelector("[itemprop=price], [data-price], [data-price-amount], [data-product-price]") is not null;

    private static Regex PricePattern() => CardPrice.Value;

    /// <summary>
    /// An amount next to a currency: the common codes, and every symbol of the currency table that is short or not a
    /// plain word (Rp, RM, S/, ₱, Kč ...), so cards priced in any currency count as priced.
    /// </summary>
    private static readonly Lazy<Regex> CardPrice = new(() =>
    {
        var symbols = CurrencyTable.SymbolCodes.Keys
            .Where(s => s.Length <= 3 || !s.All(char.IsLetter))
            .Concat(["USD", "EUR", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "CAD", "AUD", "ZAR", "NZD", "JPY", "RON", "BRL", "MXN", "INR", "IDR", "MYR", "PHP", "THB", "VND", "KRW", "TRY", "AED", "SAR", "ILS", "EGP", "NGN", "KES", "TL"])
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .Select(Regex.Escape);
        var currency = $@"(?<!\p{{L}})(?:{string.Join('|', symbols)})(?!\p{{L}})";
        return new Regex(
            $@"{currency}\s?\d|\d(?:[.,\s]\d{{3}})*(?:[.,]\d{{1,2}}|,-)?\s?{currency}",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    });

    private sealed record Link(Uri Url, string Family, bool HasImage, bool InHeading, string Name);
}
