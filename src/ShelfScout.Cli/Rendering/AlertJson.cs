using System.Globalization;
using System.Text.Json.Nodes;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;

namespace ShelfScout.Cli.Rendering;

/// <summary>One alert as JSON (the run summary and <c>alerts --json</c> write the same fields; money as exact strings).</summary>
internal static class AlertJson
{
    public static JsonObject ToJson(PriceAlert alert) => new()
    {
        ["id"] = alert.Id,
        ["kind"] = alert.Kind.ToString(),
        ["raisedAt"] = alert.RaisedAt.ToString("O", CultureInfo.InvariantCulture),
        ["retailer"] = alert.RetailerName,
        ["productId"] = alert.ProductId,
        ["url"] = alert.Url,
        ["name"] = alert.Name,
        ["sku"] = alert.Sku,
        ["variantKey"] = alert.VariantKey,
        ["oldPrice"] = Money(alert.OldPrice),
        ["newPrice"] = Money(alert.NewPrice),
        ["currency"] = alert.Currency,
        ["percentChange"] = Money(alert.PercentChange),
        ["oldAvailability"] = alert.OldAvailability is { } old ? AvailabilityNames.ToSchemaName(old) : null,
        ["newAvailability"] = AvailabilityNames.ToSchemaName(alert.NewAvailability),
        ["runId"] = alert.RunId,
    };

    /// <summary>The alert as a flat export record (CSV columns or a JSON Lines object).</summary>
    public static IReadOnlyDictionary<string, object?> ToRecord(PriceAlert alert) => new Dictionary<string, object?>
    {
        ["id"] = alert.Id,
        ["raisedAt"] = alert.RaisedAt.ToString("O", CultureInfo.InvariantCulture),
        ["retailer"] = alert.RetailerName,
        ["kind"] = alert.Kind.ToString(),
        ["url"] = alert.Url,
        ["name"] = alert.Name,
        ["sku"] = alert.Sku,
        ["variantKey"] = alert.VariantKey,
        ["oldPrice"] = alert.OldPrice,
        ["newPrice"] = alert.NewPrice,
        ["currency"] = alert.Currency,
        ["percentChange"] = alert.PercentChange,
        ["oldAvailability"] = alert.OldAvailability is { } old ? AvailabilityNames.ToSchemaName(old) : null,
        ["newAvailability"] = AvailabilityNames.ToSchemaName(alert.NewAvailability),
        ["runId"] = alert.RunId,
    };

    public static readonly string[] Columns =
    [
        "id", "raisedAt", "retailer", "kind", "url", "name", "sku", "variantKey", "oldPrice", "newPrice", "currency", "percentChange",
        "oldAvailability", "newAvailability", "runId",
    ];

    private static string? Money(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture);
}
