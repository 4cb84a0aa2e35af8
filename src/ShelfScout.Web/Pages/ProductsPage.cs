using Microsoft.AspNetCore.Http;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Dashboard;
using ShelfScout.Web.Hosting;
using ShelfScout.Web.Html;

namespace ShelfScout.Web.Pages;

/// <summary><c>/products</c>: search by name or SKU, filters (retailer, category, availability, price changed in the last N days, on sale), sorting and paging.</summary>
internal sealed class ProductsPage(DashboardData data)
{
    public async Task HandleAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var filter = ProductFilter.Read(context.Request);
        var page = await data.Reader.QueryProductsAsync(filter.ToQuery(data.Now), ct).ConfigureAwait(false);
        var retailers = await data.Store.GetRetailersAsync(ct).ConfigureAwait(false);
        var categories = filter.RetailerId is { } retailerId
            ? await data.Store.GetCategoriesAsync(retailerId, ct).ConfigureAwait(false)
            : [];

        var html = Layout.Begin("Products", "/products");
        html.Raw("<form class=\"filters\" method=\"get\" action=\"/products\" role=\"search\">");
        html.Raw("<label>Search <input type=\"search\" name=\"q\" placeholder=\"name or SKU\"").Raw(filter.Search is null ? string.Empty : " value=\"").Text(filter.Search).Raw(filter.Search is null ? ">" : "\">").Raw("</label>");
        html.Raw("<label>Retailer <select name=\"retailer\"><option value=\"\">all</option>");
        foreach (var retailer in retailers)
        {
            Option(html, retailer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), retailer.Name, retailer.Id == filter.RetailerId);
        }

        html.Raw("</select></label>");
        if (categories.Count > 0)
        {
            html.Raw("<label>Category <select name=\"category\"><option value=\"\">all</option>");
            foreach (var category in categories.OrderBy(c => c.Path, StringComparer.OrdinalIgnoreCase))
            {
                Option(html, category.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), category.Path, category.Id == filter.CategoryId);
            }

            html.Raw("</select></label>");
        }
        else if (filter.CategoryId is { } categoryId)
        {
            html.Open("input", ("type", "hidden"), ("name", "category"), ("value", categoryId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        html.Raw("<label>Availability <select name=\"availability\"><option value=\"\">any</option>");
        foreach (var availability in Enum.GetValues<Availability>())
        {
            Option(html, availability.ToString(), Formats.Availability(availability), availability == filter.Availability);
        }

        html.Raw("</select></label>");
        html.Raw("<label>Price changed in the last <input type=\"number\" name=\"changed\" min=\"1\" max=\"3650\" size=\"4\"")
            .Raw(filter.ChangedDays is { } days ? $" value=\"{days}\"" : string.Empty).Raw("> days</label>");
        html.Raw("<label><input type=\"checkbox\" name=\"sale\" value=\"1\"").Raw(filter.OnSale ? " checked" : string.Empty).Raw("> On sale</label>");
        html.Raw("<label>Sort <select name=\"sort\">");
        foreach (var (sort, label) in ProductFilter.Sorts)
        {
            Option(html, ProductFilter.SortName(sort), label, sort == filter.Sort);
        }

        html.Raw("</select></label><button type=\"submit\">Apply</button></form>");

        var first = page.Total == 0 ? 0 : (filter.Page - 1) * filter.PageSize + 1;
        var last = (filter.Page - 1) * filter.PageSize + page.Items.Count;
        html.Open("p", ("class", "summary"), ("id", "result-count")).Text($"{Formats.Number(page.Total)} products").Text(page.Total == 0 ? string.Empty : $", showing {first}–{last}").Close("p");
        html.Raw("<table class=\"products\" data-rows><thead><tr><th scope=\"col\">Product</th><th scope=\"col\">SKU</th><th scope=\"col\">Retailer</th>")
            .Raw("<th scope=\"col\">Price</th><th scope=\"col\">List price</th><th scope=\"col\">Stock</th><th scope=\"col\">Price changed</th></tr></thead><tbody>");
        foreach (var item in page.Items)
        {
            html.Raw("<tr><td>").Link($"/products/{item.Id}", item.Name ?? item.Url).Raw("</td>");
            html.Element("td", item.Sku);
            html.Element("td", item.RetailerName);
            html.Element("td", Formats.Money(item.Price, item.Currency), ("class", "num"));
            html.Element("td", item.RegularPrice is { } regular && regular > (item.Price ?? 0) ? Formats.Money(regular, item.Currency) : string.Empty, ("class", "num"));
            html.Element("td", Formats.Availability(item.Availability) + (item.StockQuantity is { } quantity ? $" ({quantity})" : string.Empty), ("class", "stock stock-" + item.Availability));
            html.Element("td", item.PriceChangedAt is null ? string.Empty : Formats.Time(item.PriceChangedAt));
            html.Raw("</tr>");
        }

        html.Raw("</tbody></table><nav class=\"pager\" aria-label=\"Pages\">");
        if (filter.Page > 1)
        {
            html.Element("a", "← Previous", ("href", "/products" + filter.QueryString(filter.Page - 1)), ("rel", "prev"));
        }

        if (last < page.Total)
        {
            html.Element("a", "Next →", ("href", "/products" + filter.QueryString(filter.Page + 1)), ("rel", "next"));
        }

        html.Raw("</nav>");
        await Respond.HtmlAsync(context, Layout.End(html)).ConfigureAwait(false);
    }

    private static void Option(HtmlBuilder html, string value, string label, bool selected) =>
        html.Element("option", label, ("value", value), ("selected", selected ? "selected" : null));
}
