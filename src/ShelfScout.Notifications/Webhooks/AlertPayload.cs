using ShelfScout.Domain.Alerts;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ShelfScout.Domain.Runs;

namespace ShelfScout.Notifications.Webhooks;

/// <summary>
/// The JSON body of one webhook POST: a plain <c>text</c> line chat webhooks show as is, the retailer, and the alerts
/// with every field a program needs. Written with <see cref="Utf8JsonWriter"/> so the signed bytes are the sent bytes.
/// </summary>
internal static class AlertPayload
{
    public static byte[] Write(string retailer, IReadOnlyList<PriceAlert> alerts, int summaryItems)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("text", Summary(retailer, alerts, summaryItems));
            json.WriteString("retailer", retailer);
            json.WriteStartArray("alerts");
            foreach (var alert in alerts)
            {
                json.WriteStartObject();
                json.WriteNumber("id", alert.Id);
                json.WriteString("kind", AlertKindTable.Name(alert.Kind));
                json.WriteString("product", alert.Name);
                json.WriteString("url", alert.Url);
                json.WriteString("sku", alert.Sku);
                json.WriteString("variant", alert.VariantKey);
                WriteNumber(json, "oldPrice", alert.OldPrice);
                WriteNumber(json, "newPrice", alert.NewPrice);
                json.WriteString("currency", alert.Currency);
                WriteNumber(json, "percentChange", alert.PercentChange);
                json.WriteString("oldAvailability", alert.OldAvailability?.ToString());
                json.WriteString("newAvailability", alert.NewAvailability.ToString());
                json.WriteString("raisedAt", alert.RaisedAt);
                if (alert.RunId is { } runId)
                {
                    json.WriteNumber("runId", runId);
                }
                else
                {
                    json.WriteNull("runId");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>"3 ShelfScout alerts for Acme: Tea 10.00 -> 8.50 GBP (-15%), Mug back in stock, Jar new".</summary>
    public static string Summary(string retailer, IReadOnlyList<PriceAlert> alerts, int summaryItems)
    {
        var text = new StringBuilder()
            .Append(alerts.Count.ToString(CultureInfo.InvariantCulture))
            .Append(alerts.Count == 1 ? " ShelfScout alert for " : " ShelfScout alerts for ")
            .Append(retailer)
            .Append(": ");
        var shown = alerts.Take(Math.Max(1, summaryItems)).Select(Describe);
        text.AppendJoin(", ", shown);
        if (alerts.Count > summaryItems)
        {
            text.Append(CultureInfo.InvariantCulture, $", and {alerts.Count - summaryItems} more");
        }

        return text.ToString();
    }

    private static string Describe(PriceAlert alert)
    {
        var product = alert.Name ?? alert.Sku ?? alert.Url;
        if (alert.VariantKey is { } variant)
        {
            product += $" ({variant})";
        }

        return alert.Kind switch
        {
            PriceAlertKind.PriceDrop or PriceAlertKind.PriceRise =>
                string.Create(CultureInfo.InvariantCulture, $"{product} {Money(alert.OldPrice)} -> {Money(alert.NewPrice)}{(alert.Currency is { } c ? " " + c : string.Empty)}{Percent(alert.PercentChange)}"),
            PriceAlertKind.BackInStock => product + " back in stock",
            PriceAlertKind.WentOutOfStock => product + " out of stock",
            PriceAlertKind.NewProduct => product + " new" + (alert.NewPrice is { } price ? string.Create(CultureInfo.InvariantCulture, $" at {Money(price)}{(alert.Currency is { } c2 ? " " + c2 : string.Empty)}") : string.Empty),
            PriceAlertKind.Delisted => product + " delisted",
            _ => product + " " + AlertKindTable.Name(alert.Kind),
        };
    }

    private static string Money(decimal? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "?";

    private static string Percent(decimal? percent) =>
        percent is { } p ? string.Create(CultureInfo.InvariantCulture, $" ({(p > 0 ? "+" : string.Empty)}{p:0.##}%)") : string.Empty;

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
