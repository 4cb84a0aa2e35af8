using System.Globalization;
using System.Text;
using ShelfScout.DemoRetailer.Generation;
using ShelfScout.DemoRetailer.Markup;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.DemoRetailer.Pages;

/// <summary>A product page: gallery, title, rating, price and stock, labelled identifiers, description, first reviews, related products.</summary>
internal static class ProductPage
{
    private const int RelatedCount = 4;
    private static readonly string[] Packs = ["Single", "Twin pack", "Value pack of 3"];

    public static string Render(RenderContext ctx, DemoProduct product)
    {
        var s = ctx.Style;
        var catalog = ctx.Catalog;
        var offer = catalog.OfferFor(product, ctx.Day);
        var primary = catalog.CategoryById(product.CategoryIds[0]);
        var crumbs = Breadcrumbs.For(catalog, primary, product.Name);
        var head = new PageHead(product.Name, product.RelativeUrl)
        {
            Description = product.Description,
            JsonLdBlocks = ctx.JsonLd(
                catalog.PriceDisplayOf(product) == PriceDisplay.Shown
                    ? JsonLd.Product(ctx.Origin, product, offer, ReviewList.Page(product, 1))
                    : JsonLd.PricelessProduct(ctx.Origin, product, ReviewList.Page(product, 1)),
                JsonLd.BreadcrumbList(ctx.Origin, crumbs)),
        };
        var sb = ctx.Shell.Begin(head, ctx.Origin, "product-page");
        Breadcrumbs.Render(sb, s, crumbs);
        sb.Append("<div").Append(s.Class("product")).Append(s.Scope("Product")).Append(">\n");
        Gallery(sb, s, product);
        sb.Append("<div").Append(s.Class("product-info")).Append(">\n<p").Append(s.Class("product-vendor")).Append('>')
            .AppendEscaped(product.Brand).Append("</p>\n<h1").Append(s.Class("product-title")).Append(s.Prop("name")).Append('>')
            .AppendEscaped(product.Name).Append("</h1>\n");
        Rating(sb, s, product);
        Variants(sb, s, catalog, product);
        OfferBlock.Render(sb, s, catalog, product, offer, ctx.Origin);
        Identifiers(sb, s, catalog, product);
        sb.Append("<div").Append(s.Class("product-description")).Append("><h2>Description</h2><p").Append(s.Prop("description")).Append('>')
            .AppendEscaped(product.Description).Append("</p></div>\n</div>\n");
        sb.Append("<section id=\"reviews\"").Append(s.Class("product-reviews")).Append("><h2>Customer reviews</h2>\n");
        if (product.Reviews.Count == 0)
        {
            sb.Append("<p").Append(s.Class("reviews-empty")).Append(">No reviews yet. Be the first to review this product.</p>\n");
        }
        else
        {
            sb.Append("<p").Append(s.Class("reviews-summary")).Append('>').Append(product.Rating.ToString("0.0", CultureInfo.InvariantCulture))
                .Append(" out of 5, based on ").Append(product.Reviews.Count).Append(product.Reviews.Count == 1 ? " review" : " reviews").Append("</p>\n");
            ReviewList.Render(sb, s, product, 1);
        }

        sb.Append("</section>\n</div>\n");
        sb.Append("<section").Append(s.Class("related-products")).Append("><h2>You may also like</h2>\n");
        ProductCard.RenderGrid(sb, s, catalog, Related(catalog, product), ctx.Day, href: p => ProductLinks.Related(catalog, p));
        sb.Append("</section>\n");
        return ctx.Shell.End(sb);
    }

    private static void Gallery(StringBuilder sb, ThemeStyle s, DemoProduct product)
    {
        sb.Append("<div").Append(s.Class("product-gallery")).Append("><div").Append(s.Class("gallery-main")).Append("><img")
            .AppendAttr("src", product.ImageRelativeUrls[0]).AppendAttr("alt", product.Name).Append(s.Prop("image"))
            .Append(" width=\"800\" height=\"800\"></div><ul").Append(s.Class("gallery-thumbs")).Append('>');
        for (var i = 1; i < product.ImageRelativeUrls.Count; i++)
        {
            sb.Append("<li><img").AppendAttr("src", product.ImageRelativeUrls[i])
                .AppendAttr("alt", product.Name + " - image " + (i + 1).ToString(CultureInfo.InvariantCulture)).Append(s.Prop("image"))
                .Append(" loading=\"lazy\" width=\"800\" height=\"800\"></li>");
        }

        sb.Append("</ul></div>\n");
    }

    /// <summary>Pack-size swatches linking <c>?variant=N</c>, as Shopify themes render them; only with path aliases.</summary>
    private static void Variants(StringBuilder sb, ThemeStyle s, DemoCatalog catalog, DemoProduct product)
    {
        if (!catalog.Shape.ProductPathAliases)
        {
            return;
        }

        sb.Append("<fieldset").Append(s.Class("product-variants")).Append("><legend>Pack</legend>");
        for (var i = 0; i < Packs.Length; i++)
        {
            sb.Append("<a").AppendAttr("href", ProductLinks.Variant(product, i)).Append(s.Class(i == 0 ? "swatch swatch-selected" : "swatch"))
                .Append(" data-variant-id=\"").Append(ProductLinks.VariantId(product, i)).Append("\">").Append(Packs[i]).Append("</a>");
        }

        sb.Append("</fieldset>\n");
    }

    private static void Rating(StringBuilder sb, ThemeStyle s, DemoProduct product)
    {
        if (product.Reviews.Count == 0)
        {
            return;
        }

        var value = product.Rating.ToString("0.0", CultureInfo.InvariantCulture);
        sb.Append("<div").Append(s.Class("product-rating")).Append(s.PropScope("aggregateRating", "AggregateRating")).Append('>');
        ReviewList.Stars(sb, s, product.Rating, "Rated " + value + " out of 5");
        sb.Append(" <span").Append(s.Class("rating-value")).Append(s.Prop("ratingValue")).Append('>').Append(value).Append("</span>")
            .Append(s.Meta("bestRating", "5")).Append(" <a href=\"#reviews\"").Append(s.Class("rating-count")).Append(">(<span")
            .Append(s.Prop("reviewCount")).Append('>').Append(product.Reviews.Count).Append("</span> reviews)</a></div>\n");
    }

    private static void Identifiers(StringBuilder sb, ThemeStyle s, DemoCatalog catalog, DemoProduct product)
    {
        sb.Append("<ul").Append(s.Class("product-meta")).Append('>');
        Labelled(sb, s, "SKU:", product.Sku, s.Prop("sku"));
        Labelled(sb, s, "Barcode:", product.Gtin, s.Prop("gtin13"));
        if (product.Mpn is not null)
        {
            Labelled(sb, s, "MPN:", product.Mpn, s.Prop("mpn"));
        }

        sb.Append("<li><span").Append(s.Class("meta-label")).Append(">Brand:</span> <span").Append(s.Class("meta-value"))
            .Append(s.PropScope("brand", "Brand")).Append("><span").Append(s.Prop("name")).Append('>').AppendEscaped(product.Brand)
            .Append("</span></span></li>");
        sb.Append("<li><span").Append(s.Class("meta-label")).Append(">Categories:</span> ");
        for (var i = 0; i < product.CategoryIds.Count; i++)
        {
            var category = catalog.CategoryById(product.CategoryIds[i]);
            sb.Append(i > 0 ? ", " : string.Empty).AppendLink(category.RelativeUrl, category.Name, " rel=\"tag\"");
        }

        sb.Append("</li></ul>\n");
    }

    private static void Labelled(StringBuilder sb, ThemeStyle s, string label, string value, string props) =>
        sb.Append("<li><span").Append(s.Class("meta-label")).Append('>').Append(label).Append("</span> <span").Append(s.Class("meta-value"))
            .Append(props).Append('>').AppendEscaped(value).Append("</span></li>");

    /// <summary>Neighbours in the primary category first, then a few picked at random; never the product itself.</summary>
    private static IEnumerable<DemoProduct> Related(DemoCatalog catalog, DemoProduct product)
    {
        // Picking by hashed index keeps this O(1) per request; sorting the whole catalogue would not be.
        var sameCategory = catalog.ProductsIn(catalog.CategoryById(product.CategoryIds[0])).Take(RelatedCount + 1);
        var all = catalog.Products;
        var others = Enumerable.Range(0, RelatedCount * 2)
            .Select(i => all[(int)(StableRandom.Hash(catalog.Seed, "related", product.Id, i) % (ulong)all.Count)])
            .Where(catalog.IsListed);
        return sameCategory.Concat(others).Where(p => p.Id != product.Id).DistinctBy(p => p.Id).Take(RelatedCount);
    }
}
