namespace ShelfScout.Extraction.Discovery;

/// <summary>The thresholds <see cref="PageClassifier"/> decides by.</summary>
public sealed record PageClassifierOptions
{
    /// <summary>Product cards from which a grid outweighs product markup on a page without a main heading, or one linked as a product (product pages show a few related products; listings show a page of them).</summary>
    public int DominantGridCards { get; init; } = 6;

    /// <summary>Product cards that make a page without product markup a listing.</summary>
    public int ListingCards { get; init; } = 2;

    /// <summary>Catalogue links in a page's main content (below its own path, or anywhere for the home page) that make it a category hub.</summary>
    public int HubLinks { get; init; } = 2;
}
