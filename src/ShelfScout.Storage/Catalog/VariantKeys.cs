using System.Globalization;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Catalog;

/// <summary>
/// A variant's stable key within its product: its SKU, else its GTIN, else its normalised option values
/// ("blue|xl"), else its normalised name; null when the variant has none of these (it is then not stored).
/// </summary>
public static class VariantKeys
{
    public static string? For(ProductVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        if (!string.IsNullOrWhiteSpace(variant.Sku))
        {
            return "sku:" + variant.Sku.Trim();
        }

        if (!string.IsNullOrWhiteSpace(variant.Gtin))
        {
            return "gtin:" + variant.Gtin.Trim();
        }

        var options = variant.Options.Where(o => !string.IsNullOrWhiteSpace(o)).Select(Normalise).ToList();
        if (options.Count > 0)
        {
            return "options:" + string.Join('|', options);
        }

        return string.IsNullOrWhiteSpace(variant.Name) ? null : "name:" + Normalise(variant.Name);
    }

    private static string Normalise(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLower(CultureInfo.InvariantCulture);
}
