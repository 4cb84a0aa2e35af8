namespace ShelfScout.Domain.Catalog;

/// <summary>Maps <see cref="Availability"/> to and from schema.org short names (e.g. <c>InStock</c>).</summary>
public static class AvailabilityNames
{
    /// <summary>The schema.org short name, or <c>null</c> for <see cref="Availability.Unknown"/>.</summary>
    public static string? ToSchemaName(Availability availability) => availability switch
    {
        Availability.Unknown => null,
        _ => availability.ToString(),
    };

    /// <summary>Parses a schema.org availability value (short name or full IRI); unknown text gives <see cref="Availability.Unknown"/>.</summary>
    public static Availability FromSchemaValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Availability.Unknown;
        }

        var text = value.Trim();
        var slash = text.LastIndexOfAny(['/', ':', '#']);
        if (slash >= 0)
        {
            text = text[(slash + 1)..];
        }

        text = text.Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        return text.ToUpperInvariant() switch
        {
            // Product-feed values as well as schema.org's ("in stock", "available for order", "oos").
            "INSTOCK" or "ONLINEONLY" or "INSTOREONLY" or "AVAILABLE" or "AVAILABLEFORORDER" => Availability.InStock,
            "OUTOFSTOCK" or "SOLDOUT" or "OOS" or "UNAVAILABLE" or "NOTAVAILABLE" => Availability.OutOfStock,
            "PREORDER" or "PRESALE" => Availability.PreOrder,
            "BACKORDER" => Availability.BackOrder,
            "LIMITEDAVAILABILITY" => Availability.LimitedAvailability,
            "DISCONTINUED" => Availability.Discontinued,
            _ => Availability.Unknown,
        };
    }
}
