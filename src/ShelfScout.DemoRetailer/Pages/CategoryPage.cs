using System.Globalization;
using ShelfScout.DemoRetailer.Listing;
using ShelfScout.DemoRetailer.Markup;

namespace ShelfScout.DemoRetailer.Pages;

/// <summary>
/// A category page: leaves list their products in pages; parents link to their subcategories and show a few
/// popular products.
/// </summary>
internal static class CategoryPage
{
    /// <summary>The page, or null when <paramref name="page"/> is outside the listing (the caller answers 404).</summary>
    public static string? Render(RenderContext ctx, DemoCategory category, int page)
    {
        var s = ctx.Style;
        var catalog = ctx.Catalog;
        var products = catalog.ProductsIn(category);
        var layout = ListingLayout.For(catalog, category);
        var pageCount = category.IsLeaf ? layout.PageCount(products.Count) : 1;
        if (page < 1 || page > pageCount)
        {
            return null;
        }

        var crumbs = Breadcrumbs.For(catalog, category, currentName: null);
        var paged = category.IsLeaf && layout.Pager == PagerStyle.RelNext;
        var head = new PageHead(page > 1 ? category.Name + " - Page " + page.ToString(CultureInfo.InvariantCulture) : category.Name, layout.PageUrl(category, page))
        {
            Description = "Shop " + category.Name + " at " + SiteChrome.StoreName + ".",
            PrevPath = paged && page > 1 ? layout.PageUrl(category, page - 1) : null,
            NextPath = paged && page < pageCount ? layout.PageUrl(category, page + 1) : null,
            JsonLdBlocks = ctx.JsonLd(JsonLd.BreadcrumbList(ctx.Origin, crumbs)),
        };
        var sb = ctx.Shell.Begin(head, ctx.Origin, "collection");
        Breadcrumbs.Render(sb, s, crumbs);
        sb.Append("<h1").Append(s.Class("collection-title")).Append('>').AppendEscaped(category.Name).Append("</h1>\n");
        sb.Append("<div").Append(s.Class("collection-description")).Append("><p>Discover our range of ")
            .AppendEscaped(category.Name.ToLowerInvariant()).Append(", chosen by our nutritionists.</p></div>\n");

        if (!category.IsLeaf)
        {
            sb.Append("<section").Append(s.Class("subcategories")).Append("><h2>Shop by category</h2><ul").Append(s.Class("subcategory-list")).Append('>');
            foreach (var child in catalog.ChildrenOf(category))
            {
                sb.Append("<li><a").AppendAttr("href", child.RelativeUrl).Append(s.Class("subcategory-link")).Append("><img")
                    .AppendAttr("src", "/images/categories/" + child.Slug + ".png").AppendAttr("alt", child.Name).Append(" loading=\"lazy\"><span>")
                    .AppendEscaped(child.Name).Append("</span></a></li>");
            }

            sb.Append("</ul></section>\n");
            if (products.Count > 0)
            {
                sb.Append("<section").Append(s.Class("popular-products")).Append("><h2>Popular in ").AppendEscaped(category.Name).Append("</h2>");
                ProductCard.RenderGrid(sb, s, catalog, products.Take(DemoCatalog.PopularPerParent), ctx.Day, href: p => ProductLinks.InListing(catalog, p, category));
                sb.Append("</section>\n");
            }

            return ctx.Shell.End(sb);
        }

        if (products.Count == 0)
        {
            sb.Append("<p").Append(s.Class("no-products")).Append(">No products were found matching your selection.</p>\n");
            return ctx.Shell.End(sb);
        }

        var first = ((page - 1) * layout.PageSize) + 1;
        var last = Math.Min(products.Count, page * layout.PageSize);
        sb.Append("<div").Append(s.Class("collection-toolbar")).Append('>');
        if (layout.Pager == PagerStyle.Scripted)
        {
            // AJAX-paged themes show the collection's size rather than the range on screen.
            sb.Append("<p").Append(s.Class("product-count")).Append('>').Append(products.Count).Append(products.Count == 1 ? " product" : " products").Append("</p>");
        }
        else
        {
            sb.Append("<p").Append(s.Class("result-count")).Append(">Showing ").Append(first).Append("&ndash;").Append(last)
                .Append(" of ").Append(products.Count).Append(" results</p>");
        }

        sb
            .Append("<form").Append(s.Class("ordering")).Append(" method=\"get\"><select name=\"orderby\" aria-label=\"Shop order\">")
            .Append("<option value=\"popularity\" selected>Sort by popularity</option><option value=\"price\">Sort by price: low to high</option>")
            .Append("<option value=\"price-desc\">Sort by price: high to low</option><option value=\"date\">Sort by latest</option></select></form></div>\n");
        ProductCard.RenderGrid(sb, s, catalog, products.Skip(first - 1).Take(layout.PageSize), ctx.Day, href: p => ProductLinks.InListing(catalog, p, category));
        Pager.Render(sb, s, layout, category, page, pageCount);
        return ctx.Shell.End(sb);
    }
}
