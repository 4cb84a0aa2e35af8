using ShelfScout.Domain.Alerts;
using System.Globalization;
using ShelfScout.Domain.Runs;
using Spectre.Console;

namespace ShelfScout.Cli.Rendering;

/// <summary>
/// Alerts, one line each (when, kind, change, product) when the product keeps at least <see cref="MinProductWidth"/>
/// columns, long names cut at a word with an ellipsis; narrower, one block each: the short facts on one line and the
/// whole product name on the next, so a name is never squeezed into a column a word wide.
/// </summary>
internal static class AlertTable
{
    /// <summary>Fewest columns a product name gets in the one-line layout: most names whole, a long one cut after its brand, line and product words.</summary>
    public const int MinProductWidth = 40;

    /// <summary>Longest a retailer name may be in the one-line layout; the product matters more.</summary>
    private const int MaxRetailerWidth = 20;

    private const string BlockIndent = "    ";

    public static void Render(IAnsiConsole console, IReadOnlyList<PriceAlert> alerts, bool showWhen = true)
    {
        var showRetailer = alerts.Select(a => a.RetailerName).Distinct(StringComparer.Ordinal).Count() > 1;
        var table = new TextTable();
        if (showWhen)
        {
            table.AddColumn(new TextColumn("When (UTC)"));
        }

        table.AddColumn(new TextColumn("Alert")).AddColumn(new TextColumn("Change"));
        if (showRetailer)
        {
            table.AddColumn(new TextColumn("Retailer", MaxWidth: MaxRetailerWidth));
        }

        table.AddColumn(new TextColumn("Product", Flexible: true, MinWidth: MinProductWidth));
        foreach (var alert in alerts)
        {
            var cells = new List<TextCell>();
            if (showWhen)
            {
                cells.Add(When(alert));
            }

            cells.Add(Kind(alert.Kind));
            cells.Add(Describe(alert));
            if (showRetailer)
            {
                cells.Add(alert.RetailerName ?? string.Empty);
            }

            cells.Add(Product(alert));
            table.AddRow(cells.ToArray());
        }

        if (!table.TryWrite(console))
        {
            RenderBlocks(console, alerts, showWhen, showRetailer);
        }
    }

    /// <summary>
    /// <c>2026-12-02 00:34  price-drop     182.99 -> 144.49 EUR (-21%)</c> over <c>    Mountain Spring Kids Immune 100ml</c>:
    /// the facts line keeps its columns aligned; the change moves to a line of its own when the facts do not fit.
    /// </summary>
    private static void RenderBlocks(IAnsiConsole console, IReadOnlyList<PriceAlert> alerts, bool showWhen, bool showRetailer)
    {
        var width = console.Profile.Width;
        var kindWidth = alerts.Max(a => AlertKindTable.Name(a.Kind).Length);
        foreach (var alert in alerts)
        {
            var kind = Kind(alert.Kind);
            var when = showWhen ? When(alert) + "  " : string.Empty;
            var change = Describe(alert);
            var facts = when + kind.Text.PadRight(kindWidth) + "  " + change;
            var kindMarkup = $"[{kind.Style}]{Markup.Escape(kind.Text)}[/]";
            if (TextWrap.Width(facts) <= width)
            {
                console.MarkupLine(CultureInfo.InvariantCulture, "{0}{1}{2}  {3}", when, kindMarkup, new string(' ', kindWidth - kind.Text.Length), Markup.Escape(change));
            }
            else
            {
                console.MarkupLine(CultureInfo.InvariantCulture, "{0}{1}", when, kindMarkup);
                WritePlain(console, TextWrap.Wrap(change, width, BlockIndent, BlockIndent));
            }

            var product = showRetailer && alert.RetailerName is { Length: > 0 } retailer ? $"{retailer}: {Product(alert)}" : Product(alert);
            WritePlain(console, TextWrap.Wrap(product, width, BlockIndent, BlockIndent + "  "));
        }
    }

    private static void WritePlain(IAnsiConsole console, IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            // Written as is: a line longer than the console is one unbreakable word (a URL), which must stay whole.
            console.Profile.Out.Writer.WriteLine(line);
        }
    }

    private static string When(PriceAlert alert) => alert.RaisedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

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

    private static TextCell Kind(PriceAlertKind kind) => new(AlertKindTable.Name(kind), kind switch
    {
        PriceAlertKind.PriceDrop or PriceAlertKind.BackInStock or PriceAlertKind.NewProduct => "green",
        PriceAlertKind.PriceRise or PriceAlertKind.WentOutOfStock or PriceAlertKind.Delisted => "red",
        _ => "default",
    });

    private static string Money(decimal? amount) => amount?.ToString("0.00##", CultureInfo.InvariantCulture) ?? "?";

    private static string Percent(decimal percent) =>
        (percent > 0 ? "+" : string.Empty) + percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
