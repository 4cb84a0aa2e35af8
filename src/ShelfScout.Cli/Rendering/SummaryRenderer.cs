using System.Globalization;
using ShelfScout.Domain.Runs;
using ShelfScout.Orchestration;
using Spectre.Console;

namespace ShelfScout.Cli.Rendering;

/// <summary>The human results display: per-stage counts, totals, first errors and alerts.</summary>
internal static class SummaryRenderer
{
    private const int ErrorsShown = 10;

    /// <summary>A run's alerts listed in the summary; the rest are one <c>shelfscout alerts</c> away.</summary>
    public const int AlertsShown = 20;

    /// <summary>Writes the summary; <paramref name="databasePath"/> goes into the hint for listing alerts past the cap.</summary>
    public static void Render(IAnsiConsole console, RunSummary summary, string? databasePath = null)
    {
        console.Write(new Rule($"[bold]Run {summary.RunId}[/] for [bold]{Markup.Escape(summary.Retailer.Name)}[/]: {StatusMarkup(summary.Status)}").LeftJustified());

        // Seven short columns fit 80 characters; the free-text notes go below, one line each, so nothing in the
        // table wraps mid-word when the output is piped or the terminal is narrow.
        var stages = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Stage").NoWrap()).AddColumn(new TableColumn("Status").NoWrap())
            .AddColumn(new TableColumn("Items").RightAligned().NoWrap()).AddColumn(new TableColumn("OK").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Failed").RightAligned().NoWrap()).AddColumn(new TableColumn("New").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Time").RightAligned().NoWrap());
        if (console.Profile.Width < 64)
        {
            // Below 64 columns the box lines cost the Time column its digits; plain columns still fit.
            stages.Border(TableBorder.None);
        }

        foreach (var stage in summary.Stages)
        {
            stages.AddRow(
                stage.Stage.ToString(),
                StatusMarkup(stage.Status.ToString()),
                Number(stage.Processed),
                Number(stage.Succeeded),
                stage.Failed > 0 ? $"[red]{Number(stage.Failed)}[/]" : "0",
                Number(stage.Changed),
                $"{stage.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)}s");
        }

        console.Write(stages);
        foreach (var stage in summary.Stages.Where(s => !string.IsNullOrWhiteSpace(s.Note)))
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "  [grey]{0}:[/] {1}", stage.Stage, Markup.Escape(stage.Note!.ReplaceLineEndings(" ")));
        }

        var totals = summary.Totals;
        console.MarkupLine(
            CultureInfo.InvariantCulture,
            "Store now holds [bold]{0}[/] categories, [bold]{1}[/] products, [bold]{2}[/] reviews, {3} price and {4} stock observations. {5} pages fetched in {6}s.",
            totals.Categories, totals.Products, totals.Reviews, totals.PriceObservations, totals.StockObservations, summary.PagesFetched,
            summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));

        if (summary.Alerts.Count > 0)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "[bold]{0} alerts[/] in this run:", summary.Alerts.Count);
            AlertTable.Render(console, summary.Alerts.Take(AlertsShown).ToList(), showWhen: false);
            if (summary.Alerts.Count > AlertsShown)
            {
                var db = databasePath is null ? "FILE" : Quote(databasePath);
                console.MarkupLine(CultureInfo.InvariantCulture, "... and {0} more; list them with:", summary.Alerts.Count - AlertsShown);
                // On a line of its own and written as is, never folded, so it can be copied whole.
                console.Profile.Out.Writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  shelfscout alerts --db {db} --run {summary.RunId}"));
            }
        }

        if (summary.Errors.Count > 0)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "[red]{0} errors[/] (first {1}):", summary.Errors.Count, Math.Min(ErrorsShown, summary.Errors.Count));
            foreach (var error in summary.Errors.Take(ErrorsShown))
            {
                console.MarkupLine(CultureInfo.InvariantCulture, "  [grey]{0}:[/] {1}", error.Stage, Markup.Escape(error.Reason.ReplaceLineEndings(" ")));
                if (!string.IsNullOrEmpty(error.Url))
                {
                    // On a line of its own and written as is, never folded, so it can be copied whole.
                    console.Profile.Out.Writer.WriteLine("    " + error.Url);
                }
            }
        }
    }

    /// <summary>The path as a shell word: quoted only when it holds a space or a shell character.</summary>
    private static string Quote(string path) =>
        path.Any(c => char.IsWhiteSpace(c) || "'\"$`\\;&|<>()*?!#~".Contains(c, StringComparison.Ordinal)) ? "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'" : path;

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string StatusMarkup(string status) => status switch
    {
        "Succeeded" => "[green]Succeeded[/]",
        "PartiallySucceeded" => "[yellow]Partial[/]",
        "Failed" => "[red]Failed[/]",
        _ => Markup.Escape(status),
    };
}
