using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Products.Variants;

/// <summary>
/// Whether each variant of the page's own product can be put in the cart, as the storefront's own scripts are told:
/// the product object a theme embeds for its buy button (<c>{"handle":…,"title":…,"variants":[{"id":…,"available":false}]}</c>,
/// the Shopify shape many platforms copy) and WooCommerce's <c>data-product_variations</c> (<c>is_in_stock</c>).
/// The buy button a shopper sees is switched from this data, so it is the page's purchase state, not descriptive markup.
/// </summary>
internal static class StorefrontStock
{
    private const int MaxNodesVisited = 50_000;
    private const double SameTitle = 0.8;

    /// <summary>The variants' purchase states of the storefront product object that is the page's product, or none.</summary>
    /// <param name="names">The product's names from other sources; an object is the page's product when its title is one of them or its handle is in the URL.</param>
    public static IReadOnlyList<VariantStock> FromScripts(IReadOnlyList<JsonNode> embedded, Uri pageUrl, IReadOnlyList<string> names)
    {
        var visited = 0;
        var segments = Uri.UnescapeDataString(pageUrl.AbsolutePath).Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var root in embedded)
        {
            if (Find(root, 0, ref visited, a => IsPageProduct(a, segments, names)) is { } variants)
            {
                return variants.OfType<JsonObject>()
                    .Select(v => new VariantStock(Text(v["id"]), State(v["available"])))
                    .ToList();
            }
        }

        return [];
    }

    /// <summary>WooCommerce's variations form: each variation's <c>is_in_stock</c> (and <c>is_purchasable</c>).</summary>
    public static IReadOnlyList<VariantStock> FromVariationsForm(IDocument document) =>
        EmbeddedVariantReader.FromVariationsForm(document).Select(v => new VariantStock(v.Id, v.Variant.Availability)).ToList();

    /// <summary>The first variant array (each item with an <c>available</c> flag) that is the page's product's: a product object's <c>variants</c>, or a bare list.</summary>
    private static JsonArray? Find(JsonNode? node, int depth, ref int visited, Func<(JsonObject? Product, JsonArray Variants), bool> isPageProduct)
    {
        if (node is null || depth > 16 || ++visited > MaxNodesVisited)
        {
            return null;
        }

        if (node is JsonObject obj)
        {
            if (obj["variants"] is JsonArray variants && IsVariantList(variants))
            {
                return isPageProduct((obj, variants)) ? variants : null;
            }

            foreach (var (_, value) in obj)
            {
                if (Find(value, depth + 1, ref visited, isPageProduct) is { } found)
                {
                    return found;
                }
            }
        }
        else if (node is JsonArray list)
        {
            if (IsVariantList(list))
            {
                return isPageProduct((null, list)) ? list : null;
            }

            foreach (var item in list)
            {
                if (Find(item, depth + 1, ref visited, isPageProduct) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static bool IsVariantList(JsonArray array) =>
        array.Count > 0 && array.All(v => v is JsonObject o && o.ContainsKey("available") && o.ContainsKey("price"));

    /// <summary>
    /// A page embeds other products' objects too (a cart drawer, recommendations): only the object whose handle is a
    /// segment of the page's path, whose title is the product's name, or whose variants are named after the product
    /// ("Blue Kettle - Large") speaks for this page.
    /// </summary>
    private static bool IsPageProduct((JsonObject? Product, JsonArray Variants) found, string[] segments, IReadOnlyList<string> names)
    {
        if (found.Product is { } product)
        {
            if (Text(product["handle"]) is { Length: > 0 } handle && segments.Contains(handle, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }

            if ((Text(product["title"]) ?? Text(product["name"])) is { Length: > 0 } title && SameName(title, names))
            {
                return true;
            }
        }

        // "Blue Kettle - Large": the product's name, then the variant's own title.
        return found.Variants.OfType<JsonObject>().Take(1).Any(v => Text(v["name"]) is { Length: > 0 } name && SameName(WithoutSuffix(name, Text(v["public_title"]) ?? Text(v["title"])), names));
    }

    /// <summary>Both ways alike, so "Blue Kettle" is not "Blue Kettle Deluxe" (a related product's object).</summary>
    private static bool SameName(string title, IReadOnlyList<string> names) =>
        names.Any(n => TextSimilarity.Best(title, [n]) >= SameTitle && TextSimilarity.Best(n, [title]) >= SameTitle);

    private static string WithoutSuffix(string name, string? variantTitle) =>
        variantTitle is { Length: > 0 } && name.EndsWith(" - " + variantTitle, StringComparison.OrdinalIgnoreCase) ? name[..^(variantTitle.Length + 3)] : name;

    private static Availability State(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.True => Availability.InStock,
        JsonValueKind.False => Availability.OutOfStock,
        _ => Availability.Unknown,
    };

    private static string? Text(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.Number => node.ToJsonString(),
        _ => null,
    };
}
