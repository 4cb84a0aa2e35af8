using ShelfScout.Domain.Runs;

namespace ShelfScout.Web.Html;

/// <summary>The spelling of alert kinds in URLs and the API (<c>price-drop</c>), the same as the CLI's <c>--kind</c> values.</summary>
internal static class AlertKinds
{
    public static readonly (string Name, PriceAlertKind Kind, string Label)[] All =
    [
        ("price-drop", PriceAlertKind.PriceDrop, "Price drop"),
        ("price-rise", PriceAlertKind.PriceRise, "Price rise"),
        ("back-in-stock", PriceAlertKind.BackInStock, "Back in stock"),
        ("out-of-stock", PriceAlertKind.WentOutOfStock, "Out of stock"),
        ("new", PriceAlertKind.NewProduct, "New product"),
        ("delisted", PriceAlertKind.Delisted, "Delisted"),
    ];

    public static string Name(PriceAlertKind kind) => All.First(k => k.Kind == kind).Name;

    public static string Label(PriceAlertKind kind) => All.First(k => k.Kind == kind).Label;

    public static PriceAlertKind? Parse(string? text) =>
        All.Where(k => string.Equals(k.Name, text, StringComparison.OrdinalIgnoreCase)).Select(k => (PriceAlertKind?)k.Kind).FirstOrDefault();
}
