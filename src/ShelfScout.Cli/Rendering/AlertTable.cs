using System.Globalization;
using ShelfScout.Domain.Runs;
using Spectre.Console;

namespace ShelfScout.Cli.Rendering;

/// <summary>
/// Alerts as a table that fits 80 columns: the short columns never wrap, only the product name may, so a piped
/// listing stays one alert per row for names that fit. Narrower than <see cref="MinTableWidth"/>, a table would
/// squeeze the product out, so each alert is two plain lines instead.
/// </summary>
internal static class AlertTable
{
    public const int MinTableWidth = 72;

    public static void Render(IAnsiConsole console, IReadOnlyList<PriceAlert> alerts, bool showWhen = true)
    {
        if (console.Profile.Width < MinTableWidth)
        {
            RenderLines(console, alerts, showWhen);
            return;
        }

        var showRetailer = alerts.Select(a => a.RetailerName).Distinct(StringComparer.Ordinal).Count() > 1;
        var table = new Table().Border(TableBorder.Simple);
        if (showWhen)
        {
            table.AddColumn(new TableColumn("When (UTC)").NoWrap());
        }

        table.AddColumn(new TableColumn("Alert").NoWrap());
        if (showRetailer)
        {
            table.AddColumn(new TableColumn("Retailer"));
        }

        table.AddColumn(new TableColumn("Product")).AddColumn(new TableColumn("Change").NoWrap());
        foreach (var alert in alerts)
        {
            var cells = new List<string>();
            if (showWhen)
            {
                cells.Add(alert.RaisedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }

            cells.Add(KindMarkup(alert.Kind));
            if (showRetailer)
            {
                cells.Add(Markup.Escape(alert.RetailerName ?? string.Empty));
            }

            cells.Add(Markup.Escape(Product(alert)));
            cells.Add(Markup.Escape(Describe(alert)));
            table.AddRow(cells.ToArray());
        }

        console.Write(table);
    }

    private static void RenderLines(IAnsiConsole console, IReadOnlyList<PriceAlert> alerts, bool showWhen)
    {
        foreach (var alert in alerts)
        {
            var when = showWhen ? alert.RaisedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " : string.Empty;
            console.MarkupLine(CultureInfo.InvariantCulture, "{0}{1} {2}", when, KindMarkup(alert.Kind), Markup.Escape(Product(alert)));
            console.MarkupLine(CultureInfo.InvariantCulture, "    {0}", Markup.Escape(Describe(alert)));
        }
    }

    /// <summary>What changed, in a few words: "10.00 -> 8.50 ZAR (-15%)", "InStock -> OutOfStock".</summary>
    public static string Describe(PriceAlert alert) => alert.Kind switch
    {
        PriceAlertKind.PriceDrop or PriceAlertKind.PriceRise =>
            $"{Money(alert.OldPrice)} -> {Money(alert.NewPrice)} {alert.Currency}".TrimEnd() + (alert.PercentChange is { } p ? $" ({Percent(p)})" : string.Empty),
        PriceAlertKind.NewProduct => alert.NewPrice is { } price ? $"new at {Money(price)} {alert.Currency}".TrimEnd() : "new",
        PriceAlertKind.Delisted => alert.OldPrice is { } last ? $"gone (was {Money(last)} {alert.Currency})".Replace(" )", ")", StringComparison.Ordinal) : "gone",
        _ => $"{alert.OldAvailability?.ToString() ?? "?"} -> {alert.NewAvailability}",
    };

    private static string Product(PriceAlert alert)
    {
        var name = string.IsNullOrWhiteSpace(alert.Name) ? alert.Url : alert.Name.Trim();
        return alert.VariantKey is { Length: > 0 } variant ? $"{name} [{variant}]" : name;
    }

    private static string KindMarkup(PriceAlertKind kind)
    {
        var name = AlertKindNames.Name(kind);
        return kind switch
        {
            PriceAlertKind.PriceDrop or PriceAlertKind.BackInStock or PriceAlertKind.NewProduct => $"[green]{name}[/]",
            PriceAlertKind.PriceRise or PriceAlertKind.WentOutOfStock or PriceAlertKind.Delisted => $"[red]{name}[/]",
            _ => name,
        };
    }

    private static string Money(decimal? amount) => amount?.ToString("0.00##", CultureInfo.InvariantCulture) ?? "?";

    private static string Percent(decimal percent) =>
        (percent > 0 ? "+" : string.Empty) + percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
