namespace ShelfScout.DemoRetailer;

/// <summary>One generated product; <paramref name="CategoryIds"/> are leaf categories, the first is the primary one.</summary>
public sealed record DemoProduct(
    int Id,
    string Slug,
    string Name,
    string Sku,
    string Gtin,
    string? Mpn,
    string Brand,
    string Description,
    IReadOnlyList<int> CategoryIds,
    IReadOnlyList<string> ImageRelativeUrls,
    decimal Rating,
    IReadOnlyList<DemoReview> Reviews,
    string RelativeUrl);
