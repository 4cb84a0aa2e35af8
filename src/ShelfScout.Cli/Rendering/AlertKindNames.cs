using ShelfScout.Domain.Runs;

namespace ShelfScout.Cli.Rendering;

/// <summary>The command-line spelling of each alert kind (<c>price-drop</c>), used by <c>--kind</c> and the tables.</summary>
internal static class AlertKindNames
{
    private static readonly (string Name, PriceAlertKind Kind)[] Names =
    [
        ("price-drop", PriceAlertKind.PriceDrop),
        ("price-rise", PriceAlertKind.PriceRise),
        ("back-in-stock", PriceAlertKind.BackInStock),
        ("out-of-stock", PriceAlertKind.WentOutOfStock),
        ("new", PriceAlertKind.NewProduct),
        ("delisted", PriceAlertKind.Delisted),
    ];

    public static IEnumerable<string> All => Names.Select(n => n.Name);

    public static string Name(PriceAlertKind kind) => Names.First(n => n.Kind == kind).Name;

    public static PriceAlertKind? Parse(string text)
    {
        foreach (var (name, kind) in Names)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase) || string.Equals(kind.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }
}
