using ShelfScout.Agents.Crawling;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Tests;

public sealed class CoverageEstimatorTests
{
    private static CoverageEvidence Evidence(params ListingCount[] listings) => new(listings, 0, 0, 0, 0, 0);

    [Fact]
    public void Estimate_NoEvidenceOfMore_IsCompleteAtTheStoredCount()
    {
        var estimate = CoverageEstimator.Estimate(89, Evidence(new ListingCount("http://s/c/tea", 20, 20, ExpectationBasis.Stated, 2, 2)));

        Assert.True(estimate.IsComplete);
        Assert.Equal(89, estimate.Estimated);
        Assert.Empty(estimate.Shortfalls);
        Assert.Equal("coverage: all 89 products the store shows", estimate.Describe());
    }

    [Fact]
    public void Estimate_ListingStatesMoreThanTheStoreHolds_IsPartialAtTheStatedCount()
    {
        var estimate = CoverageEstimator.Estimate(99, Evidence(new ListingCount("http://s/collections/all", 165, 99, ExpectationBasis.Stated, null, 1)));

        Assert.False(estimate.IsComplete);
        Assert.Equal(165, estimate.Estimated);
        Assert.Equal("coverage: about 99 of 165 products (60%)", estimate.Describe());
        Assert.Contains("/collections/all (99 of 165)", Assert.Single(estimate.Shortfalls), StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_OverlappingListingsShort_AreNotSummedBeyondTheLargestStatedCount()
    {
        // Each category misses products stored from the other: the store has at least the largest count, not the sum.
        var estimate = CoverageEstimator.Estimate(
            100,
            Evidence(new ListingCount("http://s/c/a", 60, 50, ExpectationBasis.Stated, null, 1), new ListingCount("http://s/c/b", 60, 50, ExpectationBasis.Stated, null, 1)));

        Assert.Equal(100, estimate.Estimated);
        Assert.True(estimate.IsComplete);
        Assert.Single(estimate.Shortfalls);
    }

    [Fact]
    public void Estimate_CardsThatWereNotProductsAndLostPages_AddToTheStoredCount()
    {
        var evidence = new CoverageEvidence([], CardsNotProducts: 3, SitemapNotProducts: 2, ProductPagesLost: 1, ListingPagesLost: 0, MenuUnread: 0);

        var estimate = CoverageEstimator.Estimate(94, evidence);

        Assert.Equal(100, estimate.Estimated);
        Assert.False(estimate.IsComplete);
        Assert.Equal(3, estimate.Shortfalls.Count);
    }

    [Fact]
    public void Estimate_PagerPagesUnreadOrMenuUnread_IsNeverComplete()
    {
        var unpaged = CoverageEstimator.Estimate(200, Evidence(new ListingCount("http://s/c/a", 241, 240, ExpectationBasis.Pager, 21, 20)));
        var menu = CoverageEstimator.Estimate(200, new CoverageEvidence([], 0, 0, 0, 0, MenuUnread: 2));

        Assert.False(unpaged.IsComplete);
        Assert.Contains("(20 of 21)", Assert.Single(unpaged.Shortfalls), StringComparison.Ordinal);
        Assert.False(menu.IsComplete);
        Assert.Contains("2 menu categories never read", Assert.Single(menu.Shortfalls), StringComparison.Ordinal);
    }
}
