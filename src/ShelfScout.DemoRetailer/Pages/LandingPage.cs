using ShelfScout.DemoRetailer.Generation;
using ShelfScout.DemoRetailer.Markup;

namespace ShelfScout.DemoRetailer.Pages;

/// <summary>A collection landing page built from theme sections: hero banner, a few featured product cards, an editorial block.</summary>
internal static class LandingPage
{
    public static string Render(RenderContext ctx)
    {
        var s = ctx.Style;
        var catalog = ctx.Catalog;
        var head = new PageHead(SiteChrome.LandingPageTitle, DemoCatalog.LandingPath)
        {
            Description = "Our nutritionists' pick of the season's wellness essentials.",
            JsonLdBlocks = ctx.JsonLd(),
        };
        var sb = ctx.Shell.Begin(head, ctx.Origin, "page");
        var tops = catalog.Categories.Where(c => c.ParentId is null).ToList();
        sb.Append("<section").Append(s.Class("hero hero-banner")).Append("><img src=\"/images/banners/wellness-edit.png\" alt=\"\" width=\"1600\" height=\"600\">")
            .Append("<div").Append(s.Class("hero-content")).Append("><h1>").Append(SiteChrome.LandingPageTitle)
            .Append("</h1><p>Our nutritionists' pick of the season's essentials.</p>");
        if (tops.Count > 0)
        {
            sb.AppendLink(tops[0].RelativeUrl, "Shop the edit", s.Class("button button-primary"));
        }

        sb.Append("</div></section>\n<section").Append(s.Class("featured-collection")).Append("><h2>Featured in the edit</h2>");
        ProductCard.RenderGrid(sb, s, catalog, Featured(catalog), ctx.Day, href: p => ProductLinks.Related(catalog, p));
        sb.Append("</section>\n<section").Append(s.Class("rich-text")).Append("><h2>Why we chose them</h2><p>Every product in the edit is tested by our team ")
            .Append("and loved by customers. Stock up before winter and save on delivery with orders over R 500.</p></section>\n");
        return ctx.Shell.End(sb);
    }

    private static IEnumerable<DemoProduct> Featured(DemoCatalog catalog) =>
        catalog.Products.Where(catalog.IsListed).OrderBy(p => StableRandom.Hash(catalog.Seed, "landing", p.Id)).Take(DemoCatalog.LandingFeaturedCount);
}
