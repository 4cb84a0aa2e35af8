namespace ShelfScout.DemoRetailer;

/// <summary>What a product's page shows where the price would be.</summary>
public enum PriceDisplay
{
    /// <summary>The price, with a cart button.</summary>
    Shown,

    /// <summary>"Price on request" and a quote button; the structured data has no offer.</summary>
    OnRequest,

    /// <summary>"Log in to see prices", linking a trade login page; the structured data has no offer.</summary>
    AfterLogin,
}
