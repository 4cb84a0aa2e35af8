namespace ShelfScout.Domain.Catalog;

/// <summary>What a fetched page is, as far as the catalogue is concerned.</summary>
public enum PageKind
{
    /// <summary>One product's own page (with or without a shown price).</summary>
    Product,

    /// <summary>A page whose main content is a grid of products: a category, collection or search results.</summary>
    Listing,

    /// <summary>A page that lists subcategories (or other catalogue pages) rather than products.</summary>
    CategoryHub,

    /// <summary>Anything else: content, cart, account, a login-gated page, an error page served with 200.</summary>
    Other,
}
