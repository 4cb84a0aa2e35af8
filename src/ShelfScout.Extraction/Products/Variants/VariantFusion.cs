using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Products.Variants;

/// <summary>
/// Decides the product's variant list and what it says about the product: which variant is selected, how its
/// amounts read, and the price and availability when the page states none for the product itself.
/// </summary>
internal static class VariantFusion
{
    public static IReadOnlyList<ProductVariant> Decide(ProductEvidence evidence, Uri pageUrl, decimal? productPrice, string? currency)
    {
        var chosen = evidence.Variants.OrderByDescending(v => v.Weight).ThenByDescending(v => v.Value.Count).FirstOrDefault();
        if (chosen is null)
        {
            return [];
        }

        var scale = MinorUnitScale(chosen.Value, productPrice, currency);
        var selectedId = SelectedId(pageUrl);
        // Another source listing the same SKU fills what the chosen one leaves out (analytics JSON has no stock).
        var others = evidence.Variants.Where(v => v != chosen).SelectMany(v => v.Value)
            .Where(c => c.Variant.Sku is not null && c.Variant.Availability != Availability.Unknown)
            .GroupBy(c => c.Variant.Sku!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Variant.Availability, StringComparer.Ordinal);
        return chosen.Value.Select(c => c.Variant with
        {
            Price = c.MinorUnits && c.Variant.Price is { } p ? p / scale : c.Variant.Price,
            RegularPrice = c.MinorUnits && c.Variant.RegularPrice is { } r ? r / scale : c.Variant.RegularPrice,
            Currency = c.Variant.Currency ?? currency,
            Availability = c.Variant.Availability == Availability.Unknown && c.Variant.Sku is { } sku && others.TryGetValue(sku, out var known) ? known : c.Variant.Availability,
            IsSelected = c.Variant.IsSelected || (selectedId is not null && c.Id == selectedId),
        }).ToList();
    }

    /// <summary>The variant the product's own price and availability stand for: the selected one, else the first purchasable, else the first.</summary>
    public static ProductVariant? Representative(IReadOnlyList<ProductVariant> variants) =>
        variants.FirstOrDefault(v => v.IsSelected)
        ?? variants.FirstOrDefault(v => v.Availability is not (Availability.OutOfStock or Availability.Discontinued) && v.Price is not null)
        ?? variants.FirstOrDefault();

    /// <summary>
    /// Storefront JSON writes 1999 for 19.99. The product's own price, when the page gives one, says which reading is
    /// right; otherwise the currency's ISO 4217 exponent does.
    /// </summary>
    private static decimal MinorUnitScale(IReadOnlyList<VariantCandidate> variants, decimal? productPrice, string? currency)
    {
        var factor = Pow10(Pricing.CurrencyExponent.Of(currency));
        var minor = variants.Where(v => v.MinorUnits && v.Variant.Price is not null).Select(v => v.Variant.Price!.Value).ToList();
        if (minor.Count == 0 || productPrice is not { } price)
        {
            return factor;
        }

        return minor.Contains(price) && !minor.Contains(price * factor) ? 1 : factor;
    }

    private static decimal Pow10(int exponent)
    {
        decimal result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    /// <summary>The variant id a storefront URL selects (<c>?variant=31782809894985</c>).</summary>
    public static string? SelectedId(Uri pageUrl)
    {
        foreach (var pair in pageUrl.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair[..eq] is "variant" or "variant_id" or "variation_id")
            {
                return Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
        }

        return null;
    }
}
