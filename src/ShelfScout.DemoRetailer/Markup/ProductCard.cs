using System.Text;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.DemoRetailer.Markup;

/// <summary>The product tile used in listings, the home carousel, "popular" blocks and "You may also like".</summary>
internal static class ProductCard
{
    public static void RenderGrid(
        StringBuilder sb, ThemeStyle s, DemoCatalog catalog, IEnumerable<DemoProduct> products, int day, string gridClass = "product-grid", Func<DemoProduct, string>? href = null)
    {
        sb.Append("<ul").Append(s.Class(gridClass)).Append(">\n");
        foreach (var product in products)
        {
            Render(sb, s, catalog, product, day, href?.Invoke(product) ?? product.RelativeUrl);
        }

        sb.Append("</ul>\n");
    }

    public static void Render(StringBuilder sb, ThemeStyle s, DemoCatalog catalog, DemoProduct product, int day, string href)
    {
        var offer = catalog.OfferFor(product, day);
        var display = catalog.PriceDisplayOf(product);
        sb.Append("<li").Append(s.Class("product-card")).Append("><a").Append(s.Class("product-card-image"))
            .AppendAttr("href", href).Append("><img").AppendAttr("src", product.ImageRelativeUrls[0])
            .AppendAttr("alt", product.Name).Append(" loading=\"lazy\" width=\"300\" height=\"300\"></a>");
        // Shops that hide prices hide the sale and stock badges too.
        if (display == PriceDisplay.Shown && offer.RegularPrice is not null)
        {
            sb.Append("<span").Append(s.Class("badge badge-sale")).Append(">Sale</span>");
        }
        else if (display == PriceDisplay.Shown && offer.Availability == Availability.OutOfStock)
        {
            sb.Append("<span").Append(s.Class("badge badge-sold-out")).Append(">Sold out</span>");
        }

        sb.Append("<h3").Append(s.Class("product-card-title")).Append('>').AppendLink(href, product.Name).Append("</h3>");
        sb.Append("<div").Append(s.Class("product-card-price")).Append('>');
        if (display == PriceDisplay.Shown)
        {
            PriceMarkup(sb, s, catalog, product, offer, string.Empty);
        }
        else
        {
            sb.Append("<span").Append(s.Class("price price-hidden")).Append('>').Append(HiddenPriceText(display)).Append("</span>");
        }

        sb.Append("</div>");
        if (display == PriceDisplay.Shown && catalog.Shape.CardStock)
        {
            StockMarkup(sb, s, offer);
        }

        sb.Append("</li>\n");
    }

    /// <summary>The card's stock word, inside a schema.org Offer carrying the availability in the microdata theme.</summary>
    private static void StockMarkup(StringBuilder sb, ThemeStyle s, DemoOffer offer)
    {
        var word = offer.Availability switch
        {
            Availability.InStock => "In stock",
            Availability.LimitedAvailability => "Low stock",
            Availability.OutOfStock => "Out of stock",
            Availability.PreOrder => "Pre-order",
            Availability.BackOrder => "Backorder",
            _ => "Check availability",
        };
        sb.Append("<div").Append(s.Class("product-card-stock")).Append(s.Scope("Offer")).Append('>');
        if (s.UsesMicrodata)
        {
            sb.Append("<link itemprop=\"availability\" href=\"https://schema.org/").Append(AvailabilityNames.ToSchemaName(offer.Availability)).Append("\">");
        }

        sb.Append("<span").Append(s.Class("stock-word")).Append('>').Append(word).Append("</span></div>");
    }

    /// <summary>The words shown where a hidden price would be.</summary>
    public static string HiddenPriceText(PriceDisplay display) => display == PriceDisplay.AfterLogin ? "Log in to see prices" : "Price on request";

    /// <summary>The price, or a struck-through regular price followed by the sale price.</summary>
    public static void PriceMarkup(StringBuilder sb, ThemeStyle s, DemoCatalog catalog, DemoProduct product, DemoOffer offer, string priceProps)
    {
        var current = PriceFormatter.Format(offer.Price, offer.Currency);
        if (offer.RegularPrice is decimal regular)
        {
            var tag = catalog.TraitsOf(product).UsesStrikeTag ? "s" : "del";
            sb.Append('<').Append(tag).Append(s.Class("price price-compare")).Append("><span")
                .Append(s.Class("visually-hidden")).Append(">Regular price</span> ")
                .AppendEscaped(PriceFormatter.Format(regular, offer.Currency)).Append("</").Append(tag).Append("> ")
                .Append("<ins").Append(s.Class("price price-sale")).Append("><span").Append(s.Class("visually-hidden"))
                .Append(">Sale price</span> <span").Append(priceProps).Append('>').AppendEscaped(current).Append("</span></ins>");
        }
        else
        {
            sb.Append("<span").Append(s.Class("price")).Append(priceProps).Append('>').AppendEscaped(current).Append("</span>");
        }
    }
}
