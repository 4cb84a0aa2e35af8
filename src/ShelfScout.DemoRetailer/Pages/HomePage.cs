using ShelfScout.DemoRetailer.Generation;
using ShelfScout.DemoRetailer.Markup;

namespace ShelfScout.DemoRetailer.Pages;

/// <summary>The home page: hero, "Featured products" carousel, department tiles and blog teasers.</summary>
internal static class HomePage
{
    public const int FeaturedCount = 8;

    public static string Render(RenderContext ctx)
    {
        var s = ctx.Style;
        var catalog = ctx.Catalog;
        var head = new PageHead("Natural health, vitamins & wellness", "/")
        {
            Description = "Vitamins, supplements, natural beauty and healthy food delivered to your door.",
            JsonLdBlocks = ctx.Style.UsesJsonLd ? [JsonLd.Organization(ctx.Origin), JsonLd.WebSite(ctx.Origin)] : [],
        };
        var sb = ctx.Shell.Begin(head, ctx.Origin, "home");
        var tops = catalog.Categories.Where(c => c.ParentId is null).ToList();
        sb.Append("<section").Append(s.Class("hero")).Append("><h1>Feel good, naturally</h1><p>Over ")
            .Append(catalog.Products.Count).Append(" wellness essentials from brands you trust.</p>");
        if (tops.Count > 0)
        {
            sb.AppendLink(tops[0].RelativeUrl, "Shop now", s.Class("button button-primary"));
        }

        sb.Append("</section>\n");

        sb.Append("<section").Append(s.Class("featured-products carousel")).Append(" aria-label=\"Featured products\"><h2>Featured products</h2>")
            .Append("<button type=\"button\"").Append(s.Class("carousel-prev")).Append(" aria-label=\"Previous\">‹</button>");
        ProductCard.RenderGrid(sb, s, catalog, Featured(catalog), ctx.Day, "carousel-track");
        sb.Append("<button type=\"button\"").Append(s.Class("carousel-next")).Append(" aria-label=\"Next\">›</button></section>\n");

        sb.Append("<section").Append(s.Class("category-tiles")).Append("><h2>Shop by department</h2><ul>");
        foreach (var top in tops)
        {
            sb.Append("<li><a").AppendAttr("href", top.RelativeUrl).Append("><img").AppendAttr("src", "/images/categories/" + top.Slug + ".png")
                .AppendAttr("alt", top.Name).Append("><span>").AppendEscaped(top.Name).Append("</span></a></li>");
        }

        sb.Append("</ul></section>\n");
        sb.Append("<section").Append(s.Class("blog-teasers")).Append("><h2>From the blog</h2><ul>");
        foreach (var post in BlogPosts.All)
        {
            sb.Append("<li>").AppendLink("/blog/" + post.Slug, post.Title).Append("</li>");
        }

        sb.Append("</ul></section>\n");
        return ctx.Shell.End(sb);
    }

    private static IEnumerable<DemoProduct> Featured(DemoCatalog catalog) =>
        catalog.Products.Where(catalog.IsListed).OrderBy(p => StableRandom.Hash(catalog.Seed, "featured", p.Id)).Take(FeaturedCount);
}
