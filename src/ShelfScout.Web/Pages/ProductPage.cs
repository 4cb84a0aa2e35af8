using System.Globalization;
using Microsoft.AspNetCore.Http;
using ShelfScout.Storage.Records;
using ShelfScout.Web.Hosting;
using ShelfScout.Web.Html;
using ShelfScout.Web.Pricing;

namespace ShelfScout.Web.Pages;

/// <summary>
/// <c>/products/{id}</c>: images, the current offer, variants, the price and stock chart (drawn by dashboard.js with
/// uPlot from <c>/api/products/{id}/history</c>, named in the chart's <c>data-history</c> attribute), the change table
/// and the reference prices.
/// </summary>
internal sealed class ProductPage(DashboardData data)
{
    public async Task HandleAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        if (context.RouteLong("id") is not { } id || await data.Reader.GetProductAsync(id, ct).ConfigureAwait(false) is not { } product)
        {
            await Respond.NotFoundAsync(context, "No stored product has this id.").ConfigureAwait(false);
            return;
        }

        var history = await data.Store.GetProductHistoryAsync(id, ct).ConfigureAwait(false);
        var prices = history?.Prices ?? [];
        var stock = history?.Stock ?? [];
        var html = Layout.Begin(product.Name ?? product.Url, "/products", chart: true);
        html.Raw("<p class=\"muted\">").Text(product.Retailer).Raw(" · ").Link(product.Url, product.Url, "external")
            .Raw(product.Sku is null ? string.Empty : " · SKU ").Text(product.Sku)
            .Raw(product.Brand is null ? string.Empty : " · ").Text(product.Brand).Raw("</p>");
        if (history?.Product.DelistedAt is { } delisted)
        {
            html.Element("p", $"Delisted {Formats.Time(delisted)}", ("class", "status status-delisted"));
        }

        html.Raw("<div class=\"product-head\"><div class=\"images\">");
        foreach (var image in product.Images.Take(4))
        {
            html.Open("img", ("src", HtmlBuilder.SafeHref(image)), ("alt", product.Name ?? "product image"), ("loading", "lazy"), ("referrerpolicy", "no-referrer"));
        }

        html.Raw("</div><dl class=\"offer\">");
        Term(html, "Price", Formats.Money(product.Price, product.Currency), "current-price");
        if (product.RegularPrice is { } regular)
        {
            Term(html, "List price", Formats.Money(regular, product.Currency), "list-price");
        }

        Term(html, "Availability", AvailabilityText(product.Availability) + (product.StockQuantity is { } quantity ? $" ({quantity})" : string.Empty), "availability");
        var omnibus = PriceReferences.LowestBeforeLatestDrop(prices);
        Term(
            html,
            "Lowest price in the 30 days before the latest drop",
            omnibus is null ? "no price drop recorded" : $"{Formats.Money(omnibus.LowestPrice, omnibus.Currency)} (drop {Formats.Money(omnibus.Before, null)} → {Formats.Money(omnibus.After, null)} on {Formats.Time(omnibus.DropAt)})",
            "omnibus");
        var common = PriceReferences.MostCommonPrice(prices, data.Now);
        Term(html, "Most common price, last 90 days", common is null ? "no price in the last 90 days" : Formats.Money(common, product.Currency), "common-price");
        Term(html, "Rating", product.Rating is { } rating ? $"{rating.ToString("0.0", CultureInfo.InvariantCulture)} ({product.ReviewCount ?? 0} reviews)" : "–", "rating");
        Term(html, "First seen", Formats.Time(product.FirstSeen), "first-seen");
        html.Raw("</dl></div>");
        if (product.Categories.Count > 0)
        {
            html.Raw("<p>Categories: ").Text(string.Join(", ", product.Categories)).Raw("</p>");
        }

        html.Element("h2", "Price and stock history");
        html.Open("div", ("id", "chart"), ("class", "chart"), ("data-history", $"/api/products/{id}/history"), ("role", "img"), ("aria-label", "Price and list price over time, stock state as bands"))
            .Raw("<span class=\"chart-status\">Loading the chart…</span><noscript>The chart needs JavaScript; the table below has the same history.</noscript></div>");
        html.Raw("<p class=\"legend\"><span class=\"key key-price\">Price</span> <span class=\"key key-list\">List price</span> ")
            .Raw("<span class=\"key key-out\">Out of stock</span> <span class=\"key key-other\">Other stock states</span></p>");

        Changes(html, prices, stock);
        if (product.Variants.Count > 0)
        {
            html.Element("h2", "Variants");
            html.Raw("<table><thead><tr><th scope=\"col\">Variant</th><th scope=\"col\">SKU</th><th scope=\"col\">Options</th><th scope=\"col\">Price</th><th scope=\"col\">Stock</th></tr></thead><tbody>");
            foreach (var variant in product.Variants)
            {
                html.Raw("<tr>").Element("td", variant.Name ?? variant.Key).Element("td", variant.Sku).Element("td", string.Join(", ", variant.Options))
                    .Element("td", Formats.Money(variant.Price, variant.Currency), ("class", "num"))
                    .Element("td", AvailabilityText(variant.Availability) + (variant.StockQuantity is { } count ? $" ({count})" : string.Empty)).Raw("</tr>");
            }

            html.Raw("</tbody></table>");
        }

        await Respond.HtmlAsync(context, Layout.End(html)).ConfigureAwait(false);
    }

    /// <summary>The export spells availability as the enum or schema.org name; the page shows the words the list uses.</summary>
    private static string AvailabilityText(string? stored) =>
        Enum.TryParse<Domain.Catalog.Availability>(stored, ignoreCase: true, out var availability) ? Formats.Availability(availability) : stored ?? "Unknown";

    private static void Term(HtmlBuilder html, string term, string value, string id) =>
        html.Element("dt", term).Element("dd", value, ("id", id));

    /// <summary>Price and stock rows merged in time order, newest first.</summary>
    private static void Changes(HtmlBuilder html, IReadOnlyList<PricePoint> prices, IReadOnlyList<StockPoint> stock)
    {
        html.Element("h2", "Changes");
        var rows = prices.Select((p, i) => (p.ObservedAt, Kind: "price", Text: i == 0
                ? $"first seen at {Formats.Money(p.Price, p.Currency)}" + (p.RegularPrice is { } r ? $" (list {Formats.Money(r, null)})" : string.Empty)
                : $"{Formats.Money(prices[i - 1].Price, null)} → {Formats.Money(p.Price, p.Currency)}" + (p.RegularPrice is { } l ? $" (list {Formats.Money(l, null)})" : string.Empty)))
            .Concat(stock.Select((s, i) => (s.ObservedAt, Kind: "stock", Text: (i == 0 ? "first seen " : Formats.Availability(stock[i - 1].Availability) + " → ")
                + Formats.Availability(s.Availability) + (s.Quantity is { } q ? $" ({q})" : string.Empty))))
            .OrderByDescending(r => r.ObservedAt)
            .ToList();
        html.Raw("<table id=\"changes\"><thead><tr><th scope=\"col\">When</th><th scope=\"col\">What</th><th scope=\"col\">Change</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Raw("<tr><td>").Open("time", ("datetime", Formats.Iso(row.ObservedAt))).Text(Formats.Time(row.ObservedAt)).Raw("</time></td>")
                .Element("td", row.Kind).Element("td", row.Text).Raw("</tr>");
        }

        html.Raw("</tbody></table>");
    }
}
