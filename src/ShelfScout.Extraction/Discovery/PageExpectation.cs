namespace ShelfScout.Extraction.Discovery;

/// <summary>What the link that led to a page suggests it is: evidence the classifier weighs with the page's own.</summary>
public enum PageExpectation
{
    /// <summary>Nothing in particular (a plain link, the start page).</summary>
    None,

    /// <summary>A product card of a listing, a product sitemap entry: only a dominant grid makes it a listing.</summary>
    Product,

    /// <summary>A menu, subcategory, breadcrumb, pagination or category-sitemap link: one product card under a heading that is not the product's makes it a listing.</summary>
    Category,
}
