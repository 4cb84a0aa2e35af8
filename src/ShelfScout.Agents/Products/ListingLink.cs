namespace ShelfScout.Agents.Products;

/// <summary>A link found on a listing: a product card's, or (<paramref name="MaybeCategory"/>) a link below a category page that shows no products.</summary>
internal sealed record ListingLink(Uri Url, bool MaybeCategory);
