using Microsoft.AspNetCore.Http;
using ShelfScout.Web.Hosting;
using ShelfScout.Web.Html;

namespace ShelfScout.Web.Pages;

/// <summary>
/// <c>/</c>: each retailer with its products, categories, last run (status and crawl coverage) and alerts of the last
/// day. The next scheduled run is not shown: schedules live in the <c>watch</c> config file, not in the store.
/// </summary>
internal sealed class RetailersPage(DashboardData data)
{
    public async Task HandleAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var now = data.Now;
        var retailers = await data.Reader.GetRetailerOverviewsAsync(now.AddDays(-1), ct).ConfigureAwait(false);
        var html = Layout.Begin("Retailers", "/");
        if (retailers.Count == 0)
        {
            html.Element("p", "No retailer is stored yet: run a crawl (shelfscout run --url ... or shelfscout demo) into this database.");
            await Respond.HtmlAsync(context, Layout.End(html)).ConfigureAwait(false);
            return;
        }

        html.Raw("<table><thead><tr><th scope=\"col\">Retailer</th><th scope=\"col\">Products</th><th scope=\"col\">Categories</th>")
            .Raw("<th scope=\"col\">Last run</th><th scope=\"col\">Coverage</th><th scope=\"col\">Alerts (24 h)</th></tr></thead><tbody>");
        foreach (var retailer in retailers)
        {
            var coverage = await CoverageAsync(retailer.Id, ct).ConfigureAwait(false);
            html.Raw("<tr><th scope=\"row\">").Link($"/products?retailer={retailer.Id}", retailer.Name)
                .Raw("<div class=\"muted\">").Text(retailer.BaseUrl).Raw("</div></th>");
            html.Raw("<td class=\"num\">").Link($"/products?retailer={retailer.Id}", Formats.Number(retailer.Products)).Raw("</td>");
            html.Raw("<td class=\"num\">").Link($"/categories?retailer={retailer.Id}", Formats.Number(retailer.Categories)).Raw("</td><td>");
            if (retailer.LastRun is { } run)
            {
                html.Link($"/runs/{run.Id}", $"#{run.Id}").Raw(" ").Element("span", run.Status, ("class", "status status-" + run.Status.ToLowerInvariant()))
                    .Raw(" <span class=\"muted\">").Text(Formats.Time(run.StartedAt)).Raw("</span>");
            }
            else
            {
                html.Text("never");
            }

            html.Raw("</td><td>").Text(coverage).Raw("</td>");
            html.Raw("<td class=\"num\">").Link($"/alerts?retailer={retailer.Id}&since=24h", Formats.Number(retailer.RecentAlerts)).Raw("</td></tr>");
        }

        html.Raw("</tbody></table>");
        html.Element("p", "Next scheduled runs are not stored in the database: they come from the watch config (see docs/watch.md).", ("class", "muted"));
        await Respond.HtmlAsync(context, Layout.End(html)).ConfigureAwait(false);
    }

    /// <summary>How far the retailer's latest crawl got: pages done of the pages it found, and its state.</summary>
    private async Task<string> CoverageAsync(long retailerId, CancellationToken ct)
    {
        var crawl = await data.Store.GetLatestCrawlAsync(retailerId, ct).ConfigureAwait(false);
        if (crawl is null)
        {
            return "no crawl";
        }

        var counts = await data.Store.CountFrontierAsync(crawl.Id, ct).ConfigureAwait(false);
        var settled = counts.Done + counts.Seen;
        var percent = counts.Total == 0 ? 0 : settled * 100 / counts.Total;
        return $"{percent}% ({Formats.Number(settled)} of {Formats.Number(counts.Total)} pages, {(crawl.Recheck ? "recheck " : string.Empty)}{crawl.Status.ToString().ToLowerInvariant()}"
            + (counts.Failed > 0 ? $", {Formats.Number(counts.Failed)} failed)" : ")");
    }
}
