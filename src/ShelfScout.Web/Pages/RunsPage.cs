using Microsoft.AspNetCore.Http;
using ShelfScout.Storage.Dashboard;
using ShelfScout.Web.Hosting;
using ShelfScout.Web.Html;

namespace ShelfScout.Web.Pages;

/// <summary><c>/runs[?retailer=ID]</c>: the latest runs with their stages, counts, errors and duration; reloads itself while one is in progress.</summary>
internal sealed class RunsPage(DashboardData data)
{
    public const int Limit = 100;

    public async Task HandleAsync(HttpContext context)
    {
        var runs = await data.Reader.GetRunsAsync(context.Request.Long("retailer"), Limit, context.RequestAborted).ConfigureAwait(false);
        var running = runs.Any(r => r.InProgress);
        var html = Layout.Begin("Runs", "/runs", refreshSeconds: running ? data.RefreshSeconds : null);
        if (running)
        {
            html.Element("p", $"A run is in progress: this page reloads every {data.RefreshSeconds} s.", ("class", "notice"), ("id", "auto-refresh"));
        }

        html.Raw("<table class=\"runs\" data-rows><thead><tr><th scope=\"col\">Run</th><th scope=\"col\">Retailer</th><th scope=\"col\">Started</th><th scope=\"col\">Status</th>")
            .Raw("<th scope=\"col\">Duration</th><th scope=\"col\">Stages (processed / changed / failed)</th><th scope=\"col\">Errors</th></tr></thead><tbody>");
        foreach (var run in runs)
        {
            html.Raw("<tr><td>").Link($"/runs/{run.Id}", $"#{run.Id}").Raw("</td>").Element("td", run.RetailerName).Element("td", Formats.Time(run.StartedAt))
                .Raw("<td>").Element("span", run.Status, ("class", "status status-" + run.Status.ToLowerInvariant())).Raw("</td>")
                .Element("td", Formats.Duration(run.Duration(data.Now)) + (run.InProgress ? " so far" : string.Empty), ("class", "num"))
                .Element("td", string.Join(" · ", run.Stages.Select(s => $"{s.Stage} {s.Processed}/{s.Changed}/{s.Failed}")))
                .Element("td", Formats.Number(run.ErrorCount), ("class", "num")).Raw("</tr>");
        }

        html.Raw("</tbody></table>");
        if (runs.Count == 0)
        {
            html.Element("p", "No run is stored.");
        }

        await Respond.HtmlAsync(context, Layout.End(html)).ConfigureAwait(false);
    }
}
