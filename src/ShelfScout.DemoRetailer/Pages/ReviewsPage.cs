using System.Globalization;
using ShelfScout.DemoRetailer.Markup;

namespace ShelfScout.DemoRetailer.Pages;

/// <summary>/products/{slug}/reviews?page=N: the next reviews, listed the same way as on the product page.</summary>
internal static class ReviewsPage
{
    public static string? Render(RenderContext ctx, DemoProduct product, int page)
    {
        if (page < 1 || page > ReviewList.PageCount(product) || product.Reviews.Count == 0)
        {
            return null;
        }

        var s = ctx.Style;
        var reviews = ReviewList.Page(product, page);
        var path = product.RelativeUrl + "/reviews" + (page > 1 ? "?page=" + page.ToString(CultureInfo.InvariantCulture) : string.Empty);
        var head = new PageHead("Reviews of " + product.Name + " - Page " + page.ToString(CultureInfo.InvariantCulture), path)
        {
            JsonLdBlocks = ctx.JsonLd(JsonLd.Product(ctx.Origin, product, offer: null, reviews)),
        };
        var sb = ctx.Shell.Begin(head, ctx.Origin, "reviews-page");
        var crumbs = Breadcrumbs.For(ctx.Catalog, ctx.Catalog.CategoryById(product.CategoryIds[0]), product.Name);
        Breadcrumbs.Render(sb, s, crumbs);
        sb.Append("<div").Append(s.Class("product-reviews")).Append(s.Scope("Product")).Append(">\n<h1>Customer reviews for <a")
            .AppendAttr("href", product.RelativeUrl).Append("><span").Append(s.Prop("name")).Append('>').AppendEscaped(product.Name)
            .Append("</span></a></h1>\n").Append(s.Meta("sku", product.Sku));
        sb.Append("<p").Append(s.Class("reviews-summary")).Append('>').Append(product.Rating.ToString("0.0", CultureInfo.InvariantCulture))
            .Append(" out of 5, based on ").Append(product.Reviews.Count).Append(" reviews</p>\n");
        ReviewList.Render(sb, s, product, page);
        sb.Append("</div>\n");
        return ctx.Shell.End(sb);
    }
}
