using System.Text;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.DemoRetailer.Markup;

/// <summary>The product tile used in listings, the home carousel, "popular" blocks and "You may also like".</summary>
internal static class ProductCard
{
    public static void RenderGrid(StringBuilder sb, ThemeStyle s, DemoCatalog catalog, IEnumerable<DemoProduct> products, int day, string gridClass = "product-grid")
    {
        sb.Append("<ul").Append(s.Class(gridClass)).Append(">\n");
        foreach (var product in products)
        {
            Render(sb, s, catalog, product, day);
        }

        sb.Append("</ul>\n");
    }

    public static void Render(StringBuilder sb, ThemeStyle s, DemoCatalog catalog, DemoProduct product, int day)
    {
        var offer = catalog.OfferFor(product, day);
        sb.Append("<li").Append(s.Class("product-card")).Append("><a").Append(s.Class("product-card-image"))
            .AppendAttr("href", product.RelativeUrl).Append("><img").AppendAttr("src", product.ImageRelativeUrls[0])
            .AppendAttr("alt", product.Name).Append(" loading=\"lazy\" width=\"300\" height=\"300\"></a>");
        if (offer.RegularPrice is not null)
        {
            sb.Append("<span").Append(s.Class("badge badge-sale")).Append(">Sale</span>");
        }
        else if (offer.Availability == Availability.OutOfStock)
        {
            sb.Append("<span").Append(s.Class("badge badge-sold-out")).Append(">Sold out</span>");
        }

        sb.Append("<h3").Append(s.Class("product-card-title")).Append('>').AppendLink(product.RelativeUrl, product.Name).Append("</h3>");
        sb.Append("<div").Append(s.Class("product-card-price")).Append('>');
        PriceMarkup(sb, s, catalog, product, offer, string.Empty);
        sb.Append("</div></li>\n");
    }

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
