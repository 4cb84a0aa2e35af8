namespace ShelfScout.Extraction.Products;

/// <summary>How much each sign adds to the confidence that a page is one product's page (summed, capped at 1).</summary>
internal static class RecognitionWeights
{
    /// <summary>Structured data describes one product: the shop says so itself.</summary>
    public const double StructuredProduct = 0.35;

    /// <summary>A heading names the product (an h1, or a title-like element matching the page title).</summary>
    public const double Heading = 0.2;

    /// <summary>A price stands out near the heading.</summary>
    public const double Price = 0.2;

    /// <summary>A control buys this one product (cart button, buy now, pre-order, request a quote).</summary>
    public const double BuyControl = 0.3;

    /// <summary>A quantity input, a variant selector or a notify-me form: parts of a buy area.</summary>
    public const double BuyAreaPart = 0.1;

    /// <summary>A labelled identifier row (SKU, article number) on the page.</summary>
    public const double LabelledIdentifier = 0.1;

    /// <summary>The page states a stock status for the product.</summary>
    public const double StockStatus = 0.1;

    /// <summary>A page with many priced product links and none of the above is a listing at this many links.</summary>
    public const int ListingLinks = 8;
}
