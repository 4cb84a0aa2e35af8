using Microsoft.AspNetCore.Http;
using ShelfScout.Web.Hosting;
using ShelfScout.Web.Html;

namespace ShelfScout.Web.Pages;

/// <summary><c>/runs/{id}</c>: one run's stages, errors and, while it runs, the progress of its retailer's crawl (reloading itself).</summary>
internal sealed class RunPage(DashboardData data)
{
    public const int MaxErrors = 500;

    public async Task HandleAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        if (context.RouteLong("id") is not { } id || await data.Reader.GetRunAsync(id, ct).ConfigureAwait(false) is not { } run)
        {
            await Respond.NotFoundAsync(context, "No stored run has this id.").ConfigureAwait(false);
            return;
        }

        var html = Layout.Begin($"Run #{run.Id}", "/runs", refreshSeconds: run.InProgress ? data.RefreshSeconds : null);
        html.Raw("<dl class=\"offer\">");
        html.Element("dt", "Retailer").Element("dd", run.RetailerName);
        html.Element("dt", "Status").Raw("<dd>").Element("span", run.Status, ("class", "status status-" + run.Status.ToLowerInvariant()), ("id", "run-status")).Raw("</dd>");
        html.Element("dt", "Started").Element("dd", Formats.Time(run.StartedAt));
        html.Element("dt", "Finished").Element("dd", run.FinishedAt is null ? "not yet" : Formats.Time(run.FinishedAt));
        html.Element("dt", "Duration").Element("dd", Formats.Duration(run.Duration(data.Now)) + (run.InProgress ? " so far" : string.Empty));
        html.Raw("</dl>");
        if (run.InProgress)
        {
            var crawl = await data.Store.GetLatestCrawlAsync(run.RetailerId, ct).ConfigureAwait(false);
            if (crawl is not null)
            {
                var counts = await data.Store.CountFrontierAsync(crawl.Id, ct).ConfigureAwait(false);
                var settled = counts.Done + counts.Seen + counts.Failed;
                html.Raw("<p class=\"notice\" id=\"auto-refresh\">In progress: ").Text($"{Formats.Number(settled)} of {Formats.Number(counts.Total)} pages of the crawl settled, {Formats.Number(counts.Unfinished)} to go. ")
                    .Text($"This page reloads every {data.RefreshSeconds} s.").Raw("</p>");
                html.Open("progress", ("max", counts.Total.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("value", settled.ToString(System.Globalization.CultureInfo.InvariantCulture))).Close("progress");
            }
        }

        html.Element("h2", "Stages");
        html.Raw("<table><thead><tr><th scope=\"col\">Stage</th><th scope=\"col\">Status</th><th scope=\"col\">Processed</th><th scope=\"col\">Succeeded</th><th scope=\"col\">Failed</th><th scope=\"col\">Changed</th><th scope=\"col\">Time</th><th scope=\"col\">Note</th></tr></thead><tbody>");
        foreach (var stage in run.Stages)
        {
            html.Raw("<tr>").Element("td", stage.Stage.ToString()).Element("td", stage.Status.ToString())
                .Element("td", Formats.Number(stage.Processed), ("class", "num")).Element("td", Formats.Number(stage.Succeeded), ("class", "num"))
                .Element("td", Formats.Number(stage.Failed), ("class", "num")).Element("td", Formats.Number(stage.Changed), ("class", "num"))
                .Element("td", Formats.Duration(stage.Elapsed), ("class", "num")).Element("td", stage.Note).Raw("</tr>");
        }

        html.Raw("</tbody></table>");
        var errors = await data.Store.GetRunErrorsAsync(run.Id, ct).ConfigureAwait(false);
        html.Element("h2", $"Errors ({errors.Count})");
        if (errors.Count > 0)
        {
            html.Raw("<table><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Stage</th><th scope=\"col\">URL</th><th scope=\"col\">Reason</th></tr></thead><tbody>");
            foreach (var error in errors.Take(MaxErrors))
            {
                html.Raw("<tr>").Element("td", Formats.Time(error.At)).Element("td", error.Stage.ToString()).Element("td", error.Url).Element("td", error.Reason).Raw("</tr>");
            }

            html.Raw("</tbody></table>");
        }

        html.Raw("<p>").Link($"/alerts?run={run.Id}", "Alerts of this run").Raw("</p>");
        await Respond.HtmlAsync(context, Layout.End(html)).ConfigureAwait(false);
    }
}
