using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Products.Variants;

/// <summary>Whether one variant can be bought, as the storefront's cart data says.</summary>
/// <param name="Id">The platform's variant id (matched against <c>?variant=</c> in the page URL), when it has one.</param>
internal sealed record VariantStock(string? Id, Availability State);
