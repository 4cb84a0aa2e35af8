using ShelfScout.Agents.Crawling;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Tests;

/// <summary>The per-site role decision's memory: what it keeps with each page, what a resumed crawl counts, what it decides again.</summary>
public sealed class SiteRolesTests
{
    private static readonly Uri Collection = new("http://127.0.0.1/collections/summer");

    /// <summary>A landing page: a featured product (heading, price, buy button) above a grid of the collection's products.</summary>
    private static readonly PageSignals BothWays = new(Cards: 4, BuyControls: 1, HasHeading: true, ProductPage: true, NamedByMarkup: false, Described: 0, Paged: false, Error: false);

    private static readonly IReadOnlyList<Uri> ProductCards = [.. Enumerable.Range(1, 4).Select(i => new Uri($"http://127.0.0.1/products/p{i}"))];

    [Fact]
    public void PageHoldingEvidenceBothWays_BeforeItsGroupSettles_TakesItsLinksRole_AndIsDecidedAgainOnceTheGroupSaysOtherwise()
    {
        var roles = new SiteRoles();

        var early = roles.Decide(Collection, null, FrontierReason.ProductCard, attempts: 2, PageKind.Product, BothWays, ProductCards, () => 0);
        var before = roles.Redecisions([new RoleTally("/collections#2", FrontierReason.ProductCard, RoleBasis.Group, PageKind.Product, 1)]);
        for (var i = 0; i < SiteRoles.MinVotes; i++)
        {
            var vote = roles.Decide(new Uri($"http://127.0.0.1/collections/c{i}"), null, FrontierReason.ProductCard, 1, PageKind.Listing, BothWays with { BuyControls = 0, ProductPage = false, Paged = true }, ProductCards, () => 0);
            Assert.Equal(RoleBasis.ListingVote, vote.Basis);
        }

        var after = roles.Redecisions([new RoleTally("/collections#2", FrontierReason.ProductCard, RoleBasis.Group, PageKind.Product, 1), new RoleTally("/collections#2", FrontierReason.ProductCard, RoleBasis.ListingVote, PageKind.Listing, 3)]);
        var again = roles.Decide(Collection, null, FrontierReason.ProductCard, attempts: 3, PageKind.Product, BothWays, ProductCards, () => 0);

        Assert.Equal((null, RoleBasis.Group), (early.Kind, early.Basis));
        Assert.Empty(before);
        Assert.Equal([("/collections#2", FrontierReason.ProductCard, RoleBasis.Group, PageKind.Product, PageKind.Listing)], after);
        Assert.Equal((PageKind.Listing, RoleBasis.Group), (again.Kind, again.Basis));
    }

    [Fact]
    public void OneProductListingReadAsAProductByItsLayout_BeforeItsGroupSettled_IsDecidedAgainAsAListing()
    {
        var roles = new SiteRoles();
        var brand = new Uri("http://127.0.0.1/brand/komodo/");
        var layoutOnly = new PageSignals(Cards: 0, BuyControls: 1, HasHeading: true, ProductPage: true, NamedByMarkup: false, Described: 0, Paged: false, Error: false);

        var early = roles.Decide(brand, null, FrontierReason.Explore, 1, PageKind.Product, layoutOnly, [], () => 0);
        for (var i = 0; i < 4; i++)
        {
            roles.Decide(new Uri($"http://127.0.0.1/brand/b{i}/"), null, FrontierReason.Explore, 1, PageKind.Listing, layoutOnly with { Cards = 6, ProductPage = false, Paged = true }, ProductCards, () => 0);
        }

        var changes = roles.Redecisions([new RoleTally("/brand#2/", FrontierReason.Explore, RoleBasis.ProductVoteByLayout, PageKind.Product, 1), new RoleTally("/brand#2/", FrontierReason.Explore, RoleBasis.ListingVote, PageKind.Listing, 4)]);
        var again = roles.Decide(brand, null, FrontierReason.Explore, 2, PageKind.Product, layoutOnly, [], () => 0);
        var named = roles.Decide(brand, null, FrontierReason.Explore, 2, PageKind.Product, layoutOnly with { NamedByMarkup = true }, [], () => 0);

        Assert.Equal((null, RoleBasis.ProductVoteByLayout), (early.Kind, early.Basis));
        Assert.Equal([("/brand#2/", FrontierReason.Explore, RoleBasis.ProductVoteByLayout, PageKind.Product, PageKind.Listing)], changes);
        Assert.Equal((PageKind.Listing, RoleBasis.Group), (again.Kind, again.Basis));
        Assert.Equal((null, RoleBasis.ProductVote), (named.Kind, named.Basis));
    }

    [Fact]
    public void ResumedCrawl_SeededWithTheFrontiersTally_DecidesAsTheStoppedRunWouldHave()
    {
        var seeded = new SiteRoles();
        seeded.Seed([new RoleTally("/collections#2", FrontierReason.ProductCard, RoleBasis.ListingVote, PageKind.Listing, 3), new RoleTally("/collections#2", FrontierReason.ProductCard, RoleBasis.Group, PageKind.Product, 2)]);
        var fresh = new SiteRoles();

        var resumed = seeded.Decide(Collection, null, FrontierReason.ProductCard, attempts: 1, PageKind.Product, BothWays, ProductCards, () => 0);
        var unseeded = fresh.Decide(Collection, null, FrontierReason.ProductCard, attempts: 1, PageKind.Product, BothWays, ProductCards, () => 0);

        Assert.Equal(PageKind.Listing, resumed.Kind);
        Assert.True(unseeded.Wait);
    }
}
