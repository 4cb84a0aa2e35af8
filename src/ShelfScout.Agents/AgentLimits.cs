namespace ShelfScout.Agents;

/// <summary>Bounds on how much a run does.</summary>
public sealed record AgentLimits
{
    /// <summary>Leaf categories crawled by the product agent; null means all.</summary>
    public int? MaxCategories { get; init; }

    /// <summary>Products taken from each leaf category; null means all.</summary>
    public int? MaxProductsPerCategory { get; init; }

    /// <summary>Listing pages walked per category, a guard against endless pagination.</summary>
    public int MaxListingPagesPerCategory { get; init; } = 5_000;

    /// <summary>Review pages followed per product in one run.</summary>
    public int MaxReviewPagesPerProduct { get; init; } = 20;

    /// <summary>Reviews stored per run across all products; null means no limit.</summary>
    public int? MaxReviewsPerRun { get; init; }

    /// <summary>Sitemap URLs read during category discovery.</summary>
    public int MaxSitemapUrls { get; init; } = 5_000_000;

    /// <summary>Items (categories, product pages) an agent works on at once; 1 means sequential.</summary>
    public int Concurrency { get; init; } = 1;

    /// <summary>
    /// How long claimed frontier entries stay this run's before another worker may take them (a run on another machine
    /// that died): long enough for a slow page, short enough that a cluster takes a dead silo's work over soon.
    /// </summary>
    public TimeSpan FrontierLease { get; init; } = TimeSpan.FromMinutes(10);
}
