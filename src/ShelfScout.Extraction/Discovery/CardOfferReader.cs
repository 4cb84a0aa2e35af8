using AngleSharp.Dom;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Products;

namespace ShelfScout.Extraction.Discovery;

/// <summary>
/// Reads the offer a product card shows. Marked-up offers first (schema.org <c>price</c> and <c>availability</c>
/// inside the card), then the card's own text: its price texts outside struck-through elements (the lowest one when a
/// sale shows two), and a stock phrase or a working buy button from the engine's vocabularies.
/// </summary>
internal static class CardOfferReader
{
    private const string StruckThrough = "del, s, strike";

    public static ListingCard Read(ProductCard card)
    {
        var element = card.Element;
        var (price, currency) = MarkedUpPrice(element) ?? TextPrice(element);
        return new ListingCard(card.Url, price, currency, Stock(element));
    }

    private static (decimal?, string?)? MarkedUpPrice(IElement element)
    {
        var marked = element.QuerySelector("[itemprop=price]");
        if (marked is null)
        {
            return null;
        }

        var text = marked.GetAttribute("content") ?? marked.TextContent;
        var currency = element.QuerySelector("[itemprop=priceCurrency]") is { } c ? c.GetAttribute("content") ?? c.TextContent.Trim() : null;
        var parsed = PriceText.Parse(text, currency);
        return parsed.Amount is null ? null : (parsed.Amount, parsed.CurrencyCode ?? PriceText.CurrencyCode(currency));
    }

    private static (decimal?, string?) TextPrice(IElement element)
    {
        decimal? best = null;
        string? currency = null;
        foreach (var leaf in element.QuerySelectorAll("*").Where(e => e.ChildElementCount == 0))
        {
            if (leaf.Closest(StruckThrough) is not null)
            {
                continue;
            }

            var parsed = PriceText.Parse(ElementTraits.CleanText(leaf.TextContent));
            if (parsed.Amount is { } amount && parsed.CurrencyCode is not null && (best is null || amount < best))
            {
                (best, currency) = (amount, parsed.CurrencyCode);
            }
        }

        return (best, currency);
    }

    private static Availability Stock(IElement element)
    {
        if (element.QuerySelector("[itemprop=availability]") is { } marked
            && AvailabilityNames.FromSchemaValue(marked.GetAttribute("href") ?? marked.GetAttribute("content") ?? marked.TextContent) is var stated
            && stated != Availability.Unknown)
        {
            return stated;
        }

        foreach (var leaf in element.QuerySelectorAll("*").Where(e => e.ChildElementCount == 0 && e.Closest("script, style") is null))
        {
            var state = AvailabilityCues.Classify(ElementTraits.CleanText(leaf.TextContent));
            if (state != Availability.Unknown)
            {
                return state;
            }
        }

        var buy = element.QuerySelectorAll("button, input[type=submit], a[role=button]")
            .FirstOrDefault(b => !b.HasAttribute("disabled") && AvailabilityCues.IsBuyButtonText(b.GetAttribute("value") ?? b.TextContent));
        return buy is null ? Availability.Unknown : Availability.InStock;
    }
}
