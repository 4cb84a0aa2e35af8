using System.Globalization;
using System.Text.Json.Nodes;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;
using Spectre.Console;

namespace ShelfScout.Cli.Rendering;

/// <summary><c>shelfscout history</c>: the product, a one-line price chart, and every price or stock change, within 80 columns.</summary>
internal static class HistoryRenderer
{
    private const int MaxChartWidth = 60;

    public static void Render(IAnsiConsole console, ProductHistory history)
    {
        var product = history.Product;
        console.Write(new Rule($"[bold]{Markup.Escape(product.Name ?? product.Url)}[/]").LeftJustified());
        ConsoleText.WriteNote(console, "Retailer:", product.RetailerName);
        // Written as is, never folded, so it can be copied whole.
        console.Profile.Out.Writer.WriteLine("URL:      " + product.Url);
        if (product.Sku is { } sku)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "[grey]SKU:[/]      {0}", Markup.Escape(sku));
        }

        console.MarkupLine(
            CultureInfo.InvariantCulture,
            "[grey]Seen:[/]     {0} to {1}{2}",
            Day(product.FirstSeen),
            Day(product.LastSeen),
            product.DelistedAt is { } gone ? $", [red]delisted {Day(gone)}[/]" : string.Empty);

        RenderChart(console, history, LastKnown(history));
        var rows = Timeline.Merge(history);
        if (rows.Count == 0)
        {
            console.WriteLine("No price or stock observed yet.");
            return;
        }

        // Dates with their time when they fit, days alone when the console is narrow.
        var table = Table(rows, withTime: true);
        if (!table.TryWrite(console) && !Table(rows, withTime: false).TryWrite(console))
        {
            foreach (var row in rows)
            {
                ConsoleText.WriteWrapped(console, string.Join(' ', Cells(row, previous: null, withTime: false).Select(c => c.Text).Where(t => t.Length > 0)));
            }
        }

        console.MarkupLine(CultureInfo.InvariantCulture, "{0} price and {1} stock changes recorded.", history.Prices.Count, history.Stock.Count);
    }

    private static TextTable Table(IReadOnlyList<TimelineRow> rows, bool withTime)
    {
        var table = new TextTable()
            .AddColumn(new TextColumn("Date (UTC)"))
            .AddColumn(new TextColumn("Price", RightAligned: true))
            .AddColumn(new TextColumn("List", RightAligned: true))
            .AddColumn(new TextColumn("Cur"))
            .AddColumn(new TextColumn("Availability"))
            .AddColumn(new TextColumn("Qty", RightAligned: true));
        TimelineRow? previous = null;
        foreach (var row in rows)
        {
            table.AddRow(Cells(row, previous, withTime));
            previous = row;
        }

        return table;
    }

    /// <summary>One timeline row's cells; what changed since <paramref name="previous"/> is bold on a terminal.</summary>
    private static TextCell[] Cells(TimelineRow row, TimelineRow? previous, bool withTime) =>
    [
        withTime ? Time(row.At) : Day(row.At),
        new(Money(row.Price), previous is not null && previous.Price != row.Price ? "bold" : null),
        Money(row.RegularPrice),
        row.Currency ?? string.Empty,
        new(row.Availability?.ToString() ?? string.Empty, previous is not null && previous.Availability != row.Availability ? "bold" : null),
        row.Quantity?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    ];

    public static JsonObject ToJson(ProductHistory history)
    {
        var product = history.Product;
        var timeline = new JsonArray();
        foreach (var row in Timeline.Merge(history))
        {
            timeline.Add((JsonNode)new JsonObject
            {
                ["at"] = Iso(row.At),
                ["price"] = row.Price?.ToString(CultureInfo.InvariantCulture),
                ["regularPrice"] = row.RegularPrice?.ToString(CultureInfo.InvariantCulture),
                ["currency"] = row.Currency,
                ["availability"] = row.Availability is { } a ? AvailabilityNames.ToSchemaName(a) : null,
                ["quantity"] = row.Quantity,
            });
        }

        var prices = new JsonArray();
        foreach (var p in history.Prices)
        {
            prices.Add((JsonNode)new JsonObject
            {
                ["observedAt"] = Iso(p.ObservedAt),
                ["price"] = p.Price.ToString(CultureInfo.InvariantCulture),
                ["regularPrice"] = p.RegularPrice?.ToString(CultureInfo.InvariantCulture),
                ["currency"] = p.Currency,
            });
        }

        var stock = new JsonArray();
        foreach (var s in history.Stock)
        {
            stock.Add((JsonNode)new JsonObject { ["observedAt"] = Iso(s.ObservedAt), ["availability"] = AvailabilityNames.ToSchemaName(s.Availability), ["quantity"] = s.Quantity });
        }

        return new JsonObject
        {
            ["product"] = new JsonObject
            {
                ["id"] = product.Id,
                ["retailer"] = product.RetailerName,
                ["url"] = product.Url,
                ["name"] = product.Name,
                ["sku"] = product.Sku,
                ["firstSeen"] = Iso(product.FirstSeen),
                ["lastSeen"] = Iso(product.LastSeen),
                ["delistedAt"] = product.DelistedAt is { } d ? Iso(d) : null,
            },
            ["prices"] = prices,
            ["stock"] = stock,
            ["timeline"] = timeline,
        };
    }

    private static void RenderChart(IAnsiConsole console, ProductHistory history, DateTimeOffset end)
    {
        // One currency per chart: the current one (a store that switched currency is not one line).
        var currency = history.Prices.Count == 0 ? null : history.Prices[^1].Currency;
        var prices = history.Prices.Where(p => string.Equals(p.Currency, currency, StringComparison.Ordinal)).ToList();
        if (prices.Count < 2)
        {
            return;
        }

        var width = Math.Clamp(console.Profile.Width - 4, 10, MaxChartWidth);
        var line = PriceSparkline.Draw(prices, end, width, console.Profile.Capabilities.Unicode);
        var low = prices.Min(p => p.Price);
        var high = prices.Max(p => p.Price);
        console.WriteLine();
        console.MarkupLine(
            CultureInfo.InvariantCulture,
            "Price{0}: low {1}, high {2}, now {3}",
            currency is null ? string.Empty : $" ({Markup.Escape(currency)})",
            Money(low),
            Money(high),
            Money(prices[^1].Price));
        console.MarkupLine(CultureInfo.InvariantCulture, "  [blue]{0}[/]", Markup.Escape(line));
        var from = Day(prices[0].ObservedAt);
        var to = Day(end);
        console.WriteLine("  " + from + to.PadLeft(Math.Max(to.Length + 1, width - from.Length)));
        console.WriteLine();
    }

    /// <summary>Where the chart ends: the last thing known about the product, never today (a product not crawled for a month did not keep its price for that month as far as we know).</summary>
    private static DateTimeOffset LastKnown(ProductHistory history) =>
        history.Prices.Select(p => p.ObservedAt)
            .Concat(history.Stock.Select(s => s.ObservedAt))
            .Append(history.Product.LastSeen)
            .Append(history.Product.DelistedAt ?? DateTimeOffset.MinValue)
            .Max();

    private static string Money(decimal? amount) => amount?.ToString("0.00##", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
}
