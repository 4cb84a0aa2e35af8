using System.Text;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.DemoRetailer.Markup;

/// <summary>The buy box of a product page: price (with struck-through list price on sale), stock message and cart button.</summary>
internal static class OfferBlock
{
    public static void Render(StringBuilder sb, ThemeStyle s, DemoCatalog catalog, DemoProduct product, DemoOffer offer, string origin)
    {
        var display = catalog.PriceDisplayOf(product);
        if (display != PriceDisplay.Shown)
        {
            Hidden(sb, s, product, display);
            return;
        }

        sb.Append("<div").Append(s.Class("product-price")).Append(s.PropScope("offers", "Offer")).Append('>');
        var priceProps = s.UsesMicrodata ? " itemprop=\"price\" content=\"" + PriceFormatter.Invariant(offer.Price) + "\"" : string.Empty;
        ProductCard.PriceMarkup(sb, s, catalog, product, offer, priceProps);
        if (offer.RegularPrice is decimal regular)
        {
            var saving = (int)Math.Round((regular - offer.Price) * 100m / regular, MidpointRounding.AwayFromZero);
            sb.Append(" <span").Append(s.Class("badge badge-sale")).Append(">Save ").Append(saving).Append("%</span>");
        }

        sb.Append(s.Meta("priceCurrency", offer.Currency));
        if (s.UsesMicrodata)
        {
            sb.Append("<link itemprop=\"availability\" href=\"https://schema.org/").Append(AvailabilityNames.ToSchemaName(offer.Availability))
                .Append("\"><link itemprop=\"url\"").AppendAttr("href", origin + product.RelativeUrl).Append('>');
        }

        sb.Append("</div>\n");
        var (stockClass, stockText, button, enabled) = offer.Availability switch
        {
            Availability.LimitedAvailability => ("stock stock-low", "Only " + offer.Quantity + " left", "Add to cart", true),
            Availability.OutOfStock => ("stock stock-out", "Out of stock", "Sold out", false),
            Availability.PreOrder => ("stock stock-preorder", "Available for pre-order - ships within 4 weeks", "Pre-order now", true),
            Availability.BackOrder => ("stock stock-backorder", "On back-order: dispatched in 2 to 3 weeks", "Order now", true),
            _ => ("stock stock-in", "In stock", "Add to cart", true),
        };
        sb.Append("<p").Append(s.Class(stockClass)).Append('>').Append(stockText).Append("</p>\n");
        sb.Append("<form").Append(s.Class("product-form")).Append(" method=\"post\" action=\"/cart/add\"><input type=\"hidden\" name=\"id\" value=\"")
            .Append(product.Id).Append("\">");
        if (enabled)
        {
            sb.Append("<label for=\"quantity\">Quantity</label><input id=\"quantity\" type=\"number\" name=\"quantity\" value=\"1\" min=\"1\">");
        }

        sb.Append("<button type=\"submit\" name=\"add\"").Append(s.Class("button button-primary add-to-cart"))
            .Append(enabled ? string.Empty : " disabled").Append('>').Append(button).Append("</button></form>\n");
    }

    /// <summary>The buy box of a B2B or quote-only product: no price, no stock, a quote form or a login link.</summary>
    private static void Hidden(StringBuilder sb, ThemeStyle s, DemoProduct product, PriceDisplay display)
    {
        sb.Append("<div").Append(s.Class("product-price")).Append("><span").Append(s.Class("price price-hidden")).Append('>')
            .Append(ProductCard.HiddenPriceText(display)).Append("</span></div>\n");
        if (display == PriceDisplay.AfterLogin)
        {
            sb.Append("<p").Append(s.Class("login-for-price")).Append(">Prices are shown to registered trade customers. ")
                .AppendLink(DemoCatalog.TradeLoginPathFor(product), "Log in to see prices", s.Class("button button-primary")).Append("</p>\n");
            return;
        }

        sb.Append("<form").Append(s.Class("quote-form")).Append(" method=\"post\" action=\"/pages/contact\"><input type=\"hidden\" name=\"product\"")
            .AppendAttr("value", product.Sku).Append("><label for=\"quantity\">Quantity</label><input id=\"quantity\" type=\"number\" name=\"quantity\" value=\"1\" min=\"1\">")
            .Append("<button type=\"submit\"").Append(s.Class("button button-primary request-quote")).Append(">Request a quote</button></form>\n");
    }
}
