using ShelfScout.Domain.Runs;

namespace ShelfScout.Notifications;

/// <summary>The names alert kinds go by on the command line and in webhook payloads (price-drop, back-in-stock, ...).</summary>
public static class AlertKindNames
{
    private static readonly (PriceAlertKind Kind, string Name)[] Names =
    [
        (PriceAlertKind.PriceDrop, "price-drop"),
        (PriceAlertKind.PriceRise, "price-rise"),
        (PriceAlertKind.BackInStock, "back-in-stock"),
        (PriceAlertKind.WentOutOfStock, "out-of-stock"),
        (PriceAlertKind.NewProduct, "new"),
        (PriceAlertKind.Delisted, "delisted"),
    ];

    public static IEnumerable<string> All => Names.Select(n => n.Name);

    public static string ToName(PriceAlertKind kind) => Names.First(n => n.Kind == kind).Name;

    public static bool TryParse(string? name, out PriceAlertKind kind)
    {
        foreach (var (candidate, text) in Names)
        {
            if (string.Equals(text, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
