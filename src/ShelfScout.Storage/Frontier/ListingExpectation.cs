namespace ShelfScout.Storage.Frontier;

/// <summary>How many products a category listing says it holds, and how the crawl knows.</summary>
/// <param name="Count">The number of products.</param>
/// <param name="Basis">Where the number comes from.</param>
/// <param name="Pages">The pager's last page number, when it has one.</param>
public sealed record ListingExpectation(int Count, ExpectationBasis Basis, int? Pages = null);

/// <summary>Where a listing's expected product count comes from.</summary>
public enum ExpectationBasis
{
    /// <summary>The listing states it ("Showing 1–20 of 458 results", "458 products").</summary>
    Stated,

    /// <summary>Its pager: the last page number times the first page's cards (a lower bound).</summary>
    Pager,
}
