using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Extraction.Products.Variants;

/// <summary>
/// Variants as storefront platforms embed them for their own scripts: a product object's <c>variants</c> array
/// (sku, title or options, price, available: the Shopify shape, which many themes and platforms copy) and
/// WooCommerce's <c>data-product_variations</c> attribute on the variations form.
/// </summary>
internal static class EmbeddedVariantReader
{
    private const int MaxNodesVisited = 50_000;
    private const int MaxVariants = 500;

    /// <summary>Keys only a storefront's variant object has; with them an integer price is in minor units (1999 is 19.99).</summary>
    private static readonly string[] MinorUnitSignature = ["option1", "public_title", "compare_at_price"];

    public static IReadOnlyList<VariantCandidate> FromScripts(IReadOnlyList<JsonNode> embedded)
    {
        var visited = 0;
        JsonArray? best = null;
        foreach (var root in embedded)
        {
            var found = new List<JsonArray>();
            Collect(root, 0, ref visited, found);
            foreach (var array in found)
            {
                // The theme's full product object ("available" per variant) beats an analytics summary of it.
                if (best is null || (HasAvailable(array) && !HasAvailable(best)))
                {
                    best = array;
                }
            }
        }

        return best is null ? [] : best.OfType<JsonObject>().Take(MaxVariants).Select(FromStorefrontObject).ToList();
    }

    public static IReadOnlyList<VariantCandidate> FromVariationsForm(IDocument document)
    {
        var form = document.QuerySelector("[data-product_variations]");
        var json = form?.GetAttribute("data-product_variations");
        if (json is null || !json.TrimStart().StartsWith('['))
        {
            // "false": the shop loads variations on demand, the page does not list them.
            return [];
        }

        return RelaxedJson.Parse(json).OfType<JsonArray>().FirstOrDefault()?.OfType<JsonObject>().Take(MaxVariants).Select(FromVariation).ToList() ?? [];
    }

    private static void Collect(JsonNode? node, int depth, ref int visited, List<JsonArray> found)
    {
        if (node is null || depth > 16 || ++visited > MaxNodesVisited)
        {
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "variants" && value is JsonArray array && array.Count > 0 && array.All(IsVariantObject))
                    {
                        found.Add(array);
                    }
                    else
                    {
                        Collect(value, depth + 1, ref visited, found);
                    }
                }

                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    Collect(item, depth + 1, ref visited, found);
                }

                break;
        }
    }

    private static bool IsVariantObject(JsonNode? node) =>
        node is JsonObject obj && obj.ContainsKey("price") && (obj.ContainsKey("sku") || obj.ContainsKey("id"));

    private static bool HasAvailable(JsonArray array) => array.OfType<JsonObject>().Any(o => o.ContainsKey("available"));

    private static VariantCandidate FromStorefrontObject(JsonObject obj)
    {
        var options = obj["options"] is JsonArray list
            ? list.Select(Text).OfType<string>().ToList()
            : new[] { "option1", "option2", "option3" }.Select(k => Text(obj[k])).OfType<string>().ToList();
        options.RemoveAll(o => o.Equals("Default Title", StringComparison.OrdinalIgnoreCase));
        var integerPrice = obj["price"] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && !v.ToJsonString().Contains('.', StringComparison.Ordinal);
        var variant = new ProductVariant
        {
            Sku = NonEmpty(Text(obj["sku"])),
            Gtin = Gtin(Text(obj["barcode"]) ?? Text(obj["gtin"])),
            Name = NonEmpty(Text(obj["public_title"]) ?? Text(obj["title"]) ?? Text(obj["name"])) is { } name && !name.Equals("Default Title", StringComparison.OrdinalIgnoreCase) ? name : null,
            Options = options,
            Price = Amount(obj["price"]),
            RegularPrice = Amount(obj["compare_at_price"]) is > 0 and var listPrice && listPrice > Amount(obj["price"]) ? listPrice : null,
            Availability = Availability(obj["available"]),
            StockQuantity = InventoryQuantity(obj),
        };
        return new VariantCandidate(Text(obj["id"]), variant, integerPrice && MinorUnitSignature.Any(obj.ContainsKey));
    }

    private static VariantCandidate FromVariation(JsonObject obj)
    {
        var options = obj["attributes"] is JsonObject attributes
            ? attributes.Select(a => NonEmpty(Text(a.Value))).OfType<string>().ToList()
            : [];
        var available = obj["is_in_stock"] is { } stock ? Availability(stock) : Domain.Catalog.Availability.Unknown;
        if (obj["is_purchasable"] is JsonValue purchasable && purchasable.GetValueKind() == JsonValueKind.False)
        {
            available = Domain.Catalog.Availability.OutOfStock;
        }

        var price = Amount(obj["display_price"]);
        var variant = new ProductVariant
        {
            Sku = NonEmpty(Text(obj["sku"])),
            Name = options.Count > 0 ? string.Join(" / ", options) : null,
            Options = options,
            Price = price,
            RegularPrice = Amount(obj["display_regular_price"]) is { } regular && regular > price ? regular : null,
            Availability = available,
            StockQuantity = VariationQuantity(obj),
        };
        return new VariantCandidate(Text(obj["variation_id"]), variant, false);
    }

    /// <summary>
    /// A storefront variant's <c>inventory_quantity</c>, only where the platform tracks it (<c>inventory_management</c>
    /// set, or not stated) and it is a count: a zero or negative count on a variant still for sale is overselling, not stock.
    /// </summary>
    private static int? InventoryQuantity(JsonObject obj)
    {
        if (Count(obj["inventory_quantity"]) is not { } count || (obj.TryGetPropertyValue("inventory_management", out var managed) && NonEmpty(Text(managed)) is null))
        {
            return null;
        }

        return count > 0 || (count == 0 && obj["available"]?.GetValueKind() == JsonValueKind.False) ? count : null;
    }

    /// <summary>
    /// A WooCommerce variation's stock: the count its stock line states ("5 in stock", shown when the variation is
    /// picked), else <c>max_qty</c>, which is the stock count when the shop manages stock (but 1 for a product sold one at a time).
    /// </summary>
    private static int? VariationQuantity(JsonObject obj)
    {
        if (Text(obj["availability_html"]) is { Length: > 0 } html && Products.DomAvailabilityReader.StockQuantity(TagsAsSpaces(html)) is { } shown)
        {
            return shown;
        }

        return Text(obj["is_sold_individually"]) is "yes" ? null : Count(obj["max_qty"]) is > 0 and var max ? max : null;
    }

    private static string TagsAsSpaces(string html)
    {
        var builder = new System.Text.StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                builder.Append(' ');
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int? Count(JsonNode? node) =>
        Text(node) is { } text && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is > -1_000_000 and < 1_000_000 ? n : null;

    private static Availability Availability(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.True => Domain.Catalog.Availability.InStock,
        JsonValueKind.False => Domain.Catalog.Availability.OutOfStock,
        _ => Domain.Catalog.Availability.Unknown,
    };

    private static decimal? Amount(JsonNode? node) =>
        Text(node) is { } text && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount >= 0 ? amount : null;

    private static string? Gtin(string? text) =>
        text is not null && IdentifierLabels.IsValidGtin(text) ? text : null;

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Text(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number => node.ToJsonString(),
        _ => null,
    };
}
