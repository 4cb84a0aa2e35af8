using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Products.Variants;

/// <summary>One variant as a source lists it, before the product's own price decides how its amounts read.</summary>
/// <param name="Id">The platform's variant id when it has one (matched against <c>?variant=</c> in the page URL).</param>
/// <param name="MinorUnits">True when <paramref name="Price"/> may be in minor units (storefront JSON writes 1999 for 19.99).</param>
internal sealed record VariantCandidate(string? Id, ProductVariant Variant, bool MinorUnits);
