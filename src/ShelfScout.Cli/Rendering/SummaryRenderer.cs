using System.Globalization;
using ShelfScout.Domain.Runs;
using ShelfScout.Orchestration;
using Spectre.Console;

namespace ShelfScout.Cli.Rendering;

/// <summary>The human results display: per-stage counts, totals, first errors and alerts.</summary>
internal static class SummaryRenderer
{
    private const int ErrorsShown = 10;

    /// <summary>Columns the rounded box adds to the plain stage table: two per side and one more per gap between seven columns.</summary>
    private const int BoxOverhead = 10;

    /// <summary>A run's alerts listed in the summary; the rest are one <c>shelfscout alerts</c> away.</summary>
    public const int AlertsShown = 20;

    /// <summary>Writes the summary; <paramref name="databasePath"/> goes into the hint for listing alerts past the cap.</summary>
    public static void Render(IAnsiConsole console, RunSummary summary, string? databasePath = null)
    {
        console.Write(new Rule($"[bold]Run {summary.RunId}[/] for [bold]{Markup.Escape(summary.Retailer.Name)}[/]: {StatusMarkup(summary.Status.ToString())}").LeftJustified());

        // Seven short columns fit 80 characters; the free-text notes go below, each wrapped at words under its stage
        // name, so nothing in the table wraps mid-word when the output is piped or the terminal is narrow.
        var plain = PlainStages(summary);
        if (plain.Layout(console.Profile.Width - BoxOverhead) is not null)
        {
            RenderBoxedStages(console, summary);
        }
        else if (!plain.TryWrite(console))
        {
            // Narrower than any table: one line per stage, its counts named.
            foreach (var stage in summary.Stages)
            {
                ConsoleText.WriteWrapped(
                    console,
                    string.Create(CultureInfo.InvariantCulture, $"{stage.Stage}: {StatusName(stage.Status.ToString())}, {Number(stage.Processed)} items, {Number(stage.Succeeded)} ok, {Number(stage.Failed)} failed, {Number(stage.Changed)} new, {Seconds(stage.Elapsed)}"),
                    "  ");
            }
        }

        foreach (var stage in summary.Stages.Where(s => !string.IsNullOrWhiteSpace(s.Note)))
        {
            ConsoleText.WriteNote(console, $"  {stage.Stage}:", stage.Note!);
        }

        var totals = summary.Totals;
        ConsoleText.WriteWrapped(
            console,
            string.Create(
                CultureInfo.InvariantCulture,
                $"Store now holds {totals.Categories} categories, {totals.Products} products, {totals.Reviews} reviews, {totals.PriceObservations} price and {totals.StockObservations} stock observations. {summary.PagesFetched} pages fetched in {summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)}s."),
            "  ");

        if (summary.Alerts.Count > 0)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "[bold]{0} alerts[/] in this run:", summary.Alerts.Count);
            AlertTable.Render(console, summary.Alerts.Take(AlertsShown).ToList(), showWhen: false);
            if (summary.Alerts.Count > AlertsShown)
            {
                var db = databasePath is null ? "FILE" : Quote(databasePath);
                console.MarkupLine(CultureInfo.InvariantCulture, "... and {0} more; list them with:", summary.Alerts.Count - AlertsShown);
                // On lines of its own and never folded by the console, so it can be copied whole: too long for the width, the
                // path goes on a shell continuation line.
                var command = string.Create(CultureInfo.InvariantCulture, $"  shelfscout alerts --run {summary.RunId} --db");
                var writer = console.Profile.Out.Writer;
                if (command.Length + 1 + db.Length <= console.Profile.Width)
                {
                    writer.WriteLine(command + " " + db);
                }
                else
                {
                    writer.WriteLine(command + " \\");
                    writer.WriteLine("    " + db);
                }
            }
        }

        if (summary.Errors.Count > 0)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "[red]{0} errors[/] (first {1}):", summary.Errors.Count, Math.Min(ErrorsShown, summary.Errors.Count));
            foreach (var error in summary.Errors.Take(ErrorsShown))
            {
                ConsoleText.WriteNote(console, $"  {error.Stage}:", error.Reason);
                if (!string.IsNullOrEmpty(error.Url))
                {
                    // On a line of its own and written as is, never folded, so it can be copied whole.
                    console.Profile.Out.Writer.WriteLine("    " + error.Url);
                }
            }
        }
    }

    private static void RenderBoxedStages(IAnsiConsole console, RunSummary summary)
    {
        var stages = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Stage").NoWrap()).AddColumn(new TableColumn("Status").NoWrap())
            .AddColumn(new TableColumn("Items").RightAligned().NoWrap()).AddColumn(new TableColumn("OK").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Failed").RightAligned().NoWrap()).AddColumn(new TableColumn("New").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Time").RightAligned().NoWrap());
        foreach (var stage in summary.Stages)
        {
            stages.AddRow(
                stage.Stage.ToString(),
                StatusMarkup(stage.Status.ToString()),
                Number(stage.Processed),
                Number(stage.Succeeded),
                stage.Failed > 0 ? $"[red]{Number(stage.Failed)}[/]" : "0",
                Number(stage.Changed),
                Seconds(stage.Elapsed));
        }

        console.Write(stages);
    }

    /// <summary>The stage table as plain columns two spaces apart, for consoles too narrow for the box lines.</summary>
    private static TextTable PlainStages(RunSummary summary)
    {
        var table = new TextTable().AddColumn(new TextColumn("Stage")).AddColumn(new TextColumn("Status"))
            .AddColumn(new TextColumn("Items", RightAligned: true)).AddColumn(new TextColumn("OK", RightAligned: true))
            .AddColumn(new TextColumn("Failed", RightAligned: true)).AddColumn(new TextColumn("New", RightAligned: true))
            .AddColumn(new TextColumn("Time", RightAligned: true));
        foreach (var stage in summary.Stages)
        {
            var status = stage.Status.ToString();
            table.AddRow(
                stage.Stage.ToString(),
                new TextCell(StatusName(status), StatusStyle(status)),
                Number(stage.Processed),
                Number(stage.Succeeded),
                new TextCell(Number(stage.Failed), stage.Failed > 0 ? "red" : null),
                Number(stage.Changed),
                Seconds(stage.Elapsed));
        }

        return table;
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s";

    private static string StatusName(string status) => status == "PartiallySucceeded" ? "Partial" : status;

    private static string? StatusStyle(string status) => status switch
    {
        "Succeeded" => "green",
        "PartiallySucceeded" => "yellow",
        "Failed" => "red",
        _ => null,
    };

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
