using System.Globalization;
using System.Text.Json;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Products;

/// <summary>Writes <see cref="ProductData"/> in the engine's JSON shape: prices as plain decimal strings, availability as a schema.org short name.</summary>
public static class ProductJsonWriter
{
    /// <summary>Writes the product object, or JSON null.</summary>
    public static void WriteProduct(Utf8JsonWriter writer, ProductData? product)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (product is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteString(writer, "name", product.Name);
        WriteString(writer, "price", Format(product.Price));
        WriteString(writer, "regularPrice", Format(product.RegularPrice));
        WriteString(writer, "currency", product.Currency);
        WriteString(writer, "availability", AvailabilityNames.ToSchemaName(product.Availability));
        if (product.StockQuantity is { } quantity)
        {
            writer.WriteNumber("stockQuantity", quantity);
        }
        else
        {
            writer.WriteNull("stockQuantity");
        }

        WriteString(writer, "sku", product.Sku);
        WriteString(writer, "gtin", product.Gtin);
        WriteString(writer, "mpn", product.Mpn);
        WriteString(writer, "brand", product.Brand);
        WriteArray(writer, "images", product.Images);
        if (product.Rating is { } rating)
        {
            writer.WriteNumber("rating", rating);
        }
        else
        {
            writer.WriteNull("rating");
        }

        if (product.ReviewCount is { } count)
        {
            writer.WriteNumber("reviewCount", count);
        }
        else
        {
            writer.WriteNull("reviewCount");
        }

        WriteString(writer, "description", product.Description);
        WriteArray(writer, "breadcrumbs", product.Breadcrumbs);
        WriteString(writer, "canonicalUrl", product.CanonicalUrl);
        writer.WriteStartArray("variants");
        foreach (var variant in product.Variants)
        {
            writer.WriteStartObject();
            WriteString(writer, "sku", variant.Sku);
            WriteString(writer, "gtin", variant.Gtin);
            WriteString(writer, "name", variant.Name);
            WriteArray(writer, "options", variant.Options);
            WriteString(writer, "price", Format(variant.Price));
            WriteString(writer, "regularPrice", Format(variant.RegularPrice));
            WriteString(writer, "currency", variant.Currency);
            WriteString(writer, "availability", AvailabilityNames.ToSchemaName(variant.Availability));
            if (variant.StockQuantity is { } variantQuantity)
            {
                writer.WriteNumber("stockQuantity", variantQuantity);
            }
            else
            {
                writer.WriteNull("stockQuantity");
            }

            writer.WriteBoolean("selected", variant.IsSelected);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A price as a plain invariant decimal string without trailing zeros beyond the cents (<c>12.5</c> stays <c>12.5</c>).</summary>
    public static string? Format(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture);

    private static void WriteString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
