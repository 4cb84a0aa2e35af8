namespace ShelfScout.Domain.Catalog;

/// <summary>What the extraction engine read from one page: the product (if the page is a product page) and which source gave each field.</summary>
/// <param name="IsProductPage">False when the page does not describe a single product.</param>
/// <param name="Product">The extracted fields; null when <paramref name="IsProductPage"/> is false.</param>
/// <param name="Sources">Field name (camelCase, e.g. <c>price</c>) to the source that gave it (<c>jsonld</c>, <c>microdata</c>, <c>rdfa</c>, <c>opengraph</c>, <c>embedded-json</c>, <c>dom</c>; <c>variant</c> when the selected or first purchasable variant stood in for the product).</param>
public sealed record ProductExtraction(
    bool IsProductPage,
    ProductData? Product,
    IReadOnlyDictionary<string, string> Sources)
{
    /// <summary>Readers that failed on this page (their evidence lost, the rest still decided); empty on a clean read.</summary>
    public IReadOnlyList<ReaderFailure> ReaderFailures { get; init; } = [];
}
