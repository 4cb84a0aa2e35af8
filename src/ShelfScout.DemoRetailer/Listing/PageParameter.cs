namespace ShelfScout.DemoRetailer.Listing;

/// <summary>How a listing's page number appears in its URL.</summary>
internal enum PageParameter
{
    /// <summary><c>/product-category/a/b/?page=2</c> (Shopify-like).</summary>
    QueryPage,

    /// <summary><c>/product-category/a/b/page/2/</c> (WooCommerce-like).</summary>
    PathSegment,

    /// <summary><c>/product-category/a/b/?p=2</c> (Magento-like).</summary>
    QueryP,
}
