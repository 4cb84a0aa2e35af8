using ShelfScout.Domain.Runs;

namespace ShelfScout.Domain.Alerts;

/// <summary>One alert kind as people write and read it: its canonical name, the other spellings accepted, its label.</summary>
/// <param name="Name">The canonical name: what the CLI, webhooks, the dashboard's URLs and its API write (<c>price-drop</c>).</param>
/// <param name="Label">The label a page shows (<c>Price drop</c>).</param>
/// <param name="Aliases">Other spellings accepted wherever a kind is read (the enum name is always accepted too).</param>
public sealed record AlertKindEntry(PriceAlertKind Kind, string Name, string Label, IReadOnlyList<string> Aliases);

/// <summary>
/// The one table of alert kinds, used by the CLI (<c>--kind</c>, <c>--notify-kind</c>, the alerts table), watch files
/// (<c>notify.kinds</c>), webhook payloads and the dashboard. Reading is case-insensitive and accepts every alias, so
/// a name that works in one place works in all of them.
/// </summary>
public static class AlertKindTable
{
    public static IReadOnlyList<AlertKindEntry> Entries { get; } =
    [
        new(PriceAlertKind.PriceDrop, "price-drop", "Price drop", []),
        new(PriceAlertKind.PriceRise, "price-rise", "Price rise", []),
        new(PriceAlertKind.BackInStock, "back-in-stock", "Back in stock", []),
        // Watch files wrote the enum's kebab case before this table existed: those spellings stay valid.
        new(PriceAlertKind.WentOutOfStock, "out-of-stock", "Out of stock", ["went-out-of-stock"]),
        new(PriceAlertKind.NewProduct, "new", "New product", ["new-product"]),
        new(PriceAlertKind.Delisted, "delisted", "Delisted", []),
    ];

    /// <summary>The canonical names, in the table's order (for help text and error messages).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Entries.Select(e => e.Name)];

    public static string Name(PriceAlertKind kind) => Entry(kind).Name;

    public static string Label(PriceAlertKind kind) => Entry(kind).Label;

    /// <summary>The kind a canonical name, alias or enum name stands for (any case, surrounding spaces ignored).</summary>
    public static bool TryParse(string? text, out PriceAlertKind kind)
    {
        var wanted = text?.Trim();
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Name, wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(entry.Kind.ToString(), wanted, StringComparison.OrdinalIgnoreCase)
                || entry.Aliases.Any(a => string.Equals(a, wanted, StringComparison.OrdinalIgnoreCase)))
            {
                kind = entry.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static PriceAlertKind? Parse(string? text) => TryParse(text, out var kind) ? kind : null;

    private static AlertKindEntry Entry(PriceAlertKind kind) =>
        Entries.FirstOrDefault(e => e.Kind == kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "An alert kind missing from AlertKindTable.");
}
