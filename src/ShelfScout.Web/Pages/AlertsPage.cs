using ShelfScout.Domain.Alerts;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Alerts;
using ShelfScout.Web.Hosting;
using ShelfScout.Web.Html;

namespace ShelfScout.Web.Pages;

/// <summary><c>/alerts?kind=&amp;retailer=&amp;since=</c>: the newest alerts first, each linking to its product.</summary>
internal sealed class AlertsPage(DashboardData data)
{
    public const int Limit = 200;

    private static readonly (string Value, string Label)[] Windows = [("1h", "last hour"), ("24h", "last 24 hours"), ("7d", "last 7 days"), ("30d", "last 30 days"), (string.Empty, "any time")];

    public async Task HandleAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var request = context.Request;
        var kind = AlertKindTable.Parse(request.Text("kind"));
        var retailerId = request.Long("retailer");
        var since = request.Text("since");
        var query = ReadQuery(request, data.Now) with { Limit = Limit };
        var alerts = await data.Reader.GetLatestAlertsAsync(query, ct).ConfigureAwait(false);
        var total = await data.Store.CountAlertsAsync(query, ct).ConfigureAwait(false);
        var retailers = await data.Store.GetRetailersAsync(ct).ConfigureAwait(false);

        var html = Layout.Begin("Alerts", "/alerts");
        html.Raw("<form class=\"filters\" method=\"get\" action=\"/alerts\"><label>Kind <select name=\"kind\"><option value=\"\">all</option>");
        foreach (var (value, name, label, _) in AlertKindTable.Entries)
        {
            html.Element("option", label, ("value", name), ("selected", value == kind ? "selected" : null));
        }

        html.Raw("</select></label><label>Retailer <select name=\"retailer\"><option value=\"\">all</option>");
        foreach (var retailer in retailers)
        {
            html.Element("option", retailer.Name, ("value", retailer.Id.ToString(CultureInfo.InvariantCulture)), ("selected", retailer.Id == retailerId ? "selected" : null));
        }

        html.Raw("</select></label><label>Raised <select name=\"since\">");
        foreach (var (value, label) in Windows)
        {
            html.Element("option", label, ("value", value), ("selected", value == (since ?? string.Empty) ? "selected" : null));
        }

        html.Raw("</select></label><button type=\"submit\">Apply</button></form>");
        html.Open("p", ("class", "summary"), ("id", "result-count")).Text(total > alerts.Count ? $"{Formats.Number(total)} alerts, the newest {alerts.Count} shown" : $"{Formats.Number(total)} alerts").Close("p");
        html.Raw("<table class=\"alerts\" data-rows><thead><tr><th scope=\"col\">Raised</th><th scope=\"col\">Kind</th><th scope=\"col\">Retailer</th><th scope=\"col\">Product</th><th scope=\"col\">Change</th></tr></thead><tbody>");
        foreach (var alert in alerts)
        {
            html.Open("tr", ("data-alert-id", alert.Id.ToString(CultureInfo.InvariantCulture)), ("data-kind", AlertKindTable.Name(alert.Kind)))
                .Raw("<td>").Open("time", ("datetime", Formats.Iso(alert.RaisedAt))).Text(Formats.Time(alert.RaisedAt)).Raw("</time></td>")
                .Element("td", AlertKindTable.Label(alert.Kind), ("class", "kind kind-" + AlertKindTable.Name(alert.Kind)))
                .Element("td", alert.RetailerName)
                .Raw("<td>").Link($"/products/{alert.ProductId}", alert.Name ?? alert.Url, "product-link")
                .Raw(alert.VariantKey is null ? string.Empty : " <span class=\"muted\">variant ").Text(alert.VariantKey).Raw(alert.VariantKey is null ? string.Empty : "</span>").Raw("</td>")
                .Element("td", Change(alert), ("class", "num"))
                .Raw("</tr>");
        }

        html.Raw("</tbody></table>");
        await Respond.HtmlAsync(context, Layout.End(html)).ConfigureAwait(false);
    }

    /// <summary>The alert filter of a request (<c>kind, retailer, since, run</c>), shared with <c>/api/alerts</c>.</summary>
    public static AlertQuery ReadQuery(HttpRequest request, DateTimeOffset now) => new()
    {
        RetailerId = request.Long("retailer"),
        RunId = request.Long("run"),
        Kinds = AlertKindTable.Parse(request.Text("kind")) is { } kind ? [kind] : null,
        Since = QueryValues.Window(request.Text("since")) is { } window ? now - window : null,
    };

    private static string Change(PriceAlert alert) => alert.Kind switch
    {
        PriceAlertKind.PriceDrop or PriceAlertKind.PriceRise =>
            $"{Formats.Money(alert.OldPrice, null)} → {Formats.Money(alert.NewPrice, alert.Currency)}" +
            (alert.PercentChange is { } percent ? string.Create(CultureInfo.InvariantCulture, $" ({percent:+0.#;-0.#}%)") : string.Empty),
        PriceAlertKind.BackInStock or PriceAlertKind.WentOutOfStock =>
            $"{(alert.OldAvailability is { } old ? Formats.Availability(old) : "–")} → {Formats.Availability(alert.NewAvailability)}",
        _ => alert.NewPrice is { } price ? Formats.Money(price, alert.Currency) : string.Empty,
    };
}
