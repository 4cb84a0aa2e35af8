namespace ShelfScout.DemoRetailer;

/// <summary>How the demo store exposes its data: which structured data it embeds and whether class names are readable.</summary>
public enum DemoTheme
{
    /// <summary>schema.org JSON-LD blocks (Product, BreadcrumbList, WebSite) and readable class names.</summary>
    JsonLd,

    /// <summary>schema.org microdata (itemscope/itemprop), no JSON-LD, readable class names.</summary>
    Microdata,

    /// <summary>No structured data at all and class names scrambled per seed.</summary>
    Plain,
}
