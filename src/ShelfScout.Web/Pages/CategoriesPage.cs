using Microsoft.AspNetCore.Http;
using ShelfScout.Storage.Records;
using ShelfScout.Web.Hosting;
using ShelfScout.Web.Html;

namespace ShelfScout.Web.Pages;

/// <summary>
/// <c>/categories[?retailer=ID]</c>: each retailer's category tree as nested <c>&lt;details&gt;</c>, each node a link to
/// its products with the number of products in it and below it.
/// </summary>
internal sealed class CategoriesPage(DashboardData data)
{
    public async Task HandleAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var only = context.Request.Long("retailer");
        var retailers = (await data.Store.GetRetailersAsync(ct).ConfigureAwait(false)).Where(r => only is null || r.Id == only).ToList();
        var html = Layout.Begin("Categories", "/categories");
        foreach (var retailer in retailers)
        {
            var categories = await data.Store.GetCategoriesAsync(retailer.Id, ct).ConfigureAwait(false);
            var direct = await data.Reader.CountProductsByCategoryAsync(retailer.Id, ct).ConfigureAwait(false);
            var ids = categories.Select(c => c.Id).ToHashSet();
            var children = categories.ToLookup(c => c.ParentId is { } parent && ids.Contains(parent) ? parent : (long?)null);
            html.Element("h2", retailer.Name);
            html.Raw("<div class=\"tree\">");
            foreach (var root in children[null].OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase))
            {
                Node(html, root, children, direct);
            }

            html.Raw("</div>");
        }

        if (retailers.Count == 0)
        {
            html.Element("p", "No retailer is stored.");
        }

        await Respond.HtmlAsync(context, Layout.End(html)).ConfigureAwait(false);
    }

    private static int Node(HtmlBuilder html, CategoryRecord category, ILookup<long?, CategoryRecord> children, IReadOnlyDictionary<long, int> direct)
    {
        var kids = children[category.Id].OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var own = direct.GetValueOrDefault(category.Id);
        if (kids.Count == 0)
        {
            html.Raw("<div class=\"leaf\">");
            Label(html, category, own, own);
            html.Raw("</div>");
            return own;
        }

        // The subtree's total is known only after its children are written, so they go into their own builder first.
        var inner = new HtmlBuilder();
        var below = kids.Sum(kid => Node(inner, kid, children, direct));
        html.Raw("<details><summary>");
        Label(html, category, own, own + below);
        html.Raw("</summary>").Raw(inner.ToString()).Raw("</details>");
        return own + below;
    }

    private static void Label(HtmlBuilder html, CategoryRecord category, int own, int total)
    {
        html.Link($"/products?retailer={category.RetailerId}&category={category.Id}", category.Name)
            .Raw(" <span class=\"count\">").Text(total == own ? $"{total} products" : $"{total} products ({own} here)").Raw("</span>");
    }
}
