using ShelfScout.Domain.Catalog;

namespace ShelfScout.DemoRetailer.Tests;

public class DemoCatalogTests
{
    [Fact]
    public void Generate_SameSeedAndCount_GivesIdenticalCatalog()
    {
        var a = DemoCatalog.Generate(7, 120);
        var b = DemoCatalog.Generate(7, 120);

        Assert.Equal(a.Categories, b.Categories);
        Assert.Equal(Fingerprint(a), Fingerprint(b));
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentCatalog()
    {
        Assert.NotEqual(Fingerprint(DemoCatalog.Generate(1, 60)), Fingerprint(DemoCatalog.Generate(2, 60)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(977)]
    public void Generate_BuildsThreeLevelTree_WithTwoOrThreeChildrenPerParent(int seed)
    {
        var catalog = DemoCatalog.Generate(seed, 10);
        var tops = catalog.Categories.Where(c => c.ParentId is null).ToList();

        Assert.Equal(4, tops.Count);
        foreach (var top in tops)
        {
            var mids = catalog.ChildrenOf(top);
            Assert.InRange(mids.Count, 2, 3);
            foreach (var mid in mids)
            {
                Assert.Equal(1, mid.Depth);
                Assert.InRange(catalog.ChildrenOf(mid).Count, 2, 3);
                Assert.All(catalog.ChildrenOf(mid), leaf => Assert.True(leaf.IsLeaf && leaf.Depth == 2));
                Assert.All(catalog.ChildrenOf(mid), leaf => Assert.Equal(top.Name + " > " + mid.Name + " > " + leaf.Name, leaf.Path));
            }
        }

        Assert.Equal(catalog.Categories.Count, catalog.ExpectedCategories);
        Assert.Equal(catalog.Categories.Count, catalog.Categories.Select(c => c.RelativeUrl).Distinct().Count());
    }

    [Fact]
    public void Generate_PutsProductsInLeaves_AboutAQuarterInTwo()
    {
        var catalog = DemoCatalog.Generate(42, 400);

        Assert.Equal(400, catalog.ExpectedProducts);
        Assert.All(catalog.Products, p => Assert.All(p.CategoryIds, id => Assert.True(catalog.CategoryById(id).IsLeaf)));
        Assert.All(catalog.Products, p => Assert.Equal(p.CategoryIds.Count, p.CategoryIds.Distinct().Count()));
        var twice = catalog.Products.Count(p => p.CategoryIds.Count == 2);
        Assert.InRange(twice, 60, 140);
    }

    [Fact]
    public void Generate_GivesUniqueIdentifiers_AndValidEan13()
    {
        var catalog = DemoCatalog.Generate(42, 500);

        Assert.Equal(500, catalog.Products.Select(p => p.Slug).Distinct().Count());
        Assert.Equal(500, catalog.Products.Select(p => p.Name).Distinct().Count());
        Assert.Equal(500, catalog.Products.Select(p => p.Sku).Distinct().Count());
        Assert.Equal(500, catalog.Products.Select(p => p.Gtin).Distinct().Count());
        Assert.All(catalog.Products, p =>
        {
            Assert.Equal(13, p.Gtin.Length);
            var sum = p.Gtin.Take(12).Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
            Assert.Equal((10 - (sum % 10)) % 10, p.Gtin[12] - '0');
            Assert.InRange(p.ImageRelativeUrls.Count, 2, 4);
        });
    }

    [Fact]
    public void Generate_RatingIsTheMeanOfReviews_AndExpectedReviewsIsTheirTotal()
    {
        var catalog = DemoCatalog.Generate(42, 200);

        Assert.Equal(catalog.Products.Sum(p => p.Reviews.Count), catalog.ExpectedReviews);
        Assert.Contains(catalog.Products, p => p.Reviews.Count == 0);
        Assert.Contains(catalog.Products, p => p.Reviews.Count > 10);
        foreach (var product in catalog.Products.Where(p => p.Reviews.Count > 0))
        {
            var mean = (decimal)product.Reviews.Average(r => r.Rating);
            Assert.Equal(Math.Round(mean, 1, MidpointRounding.AwayFromZero), product.Rating);
            Assert.Equal(product.Reviews.OrderByDescending(r => r.Date).Select(r => r.Date), product.Reviews.Select(r => r.Date));
        }
    }

    [Fact]
    public void OfferFor_IsStablePerDay_AndChangesForSomeProductsTheNextDay()
    {
        var catalog = DemoCatalog.Generate(42, 300);
        var day0 = catalog.Products.Select(p => catalog.OfferFor(p, 0)).ToList();
        var again = catalog.Products.Select(p => catalog.OfferFor(p, 0)).ToList();
        var day1 = catalog.Products.Select(p => catalog.OfferFor(p, 1)).ToList();

        Assert.Equal(day0, again);
        var changedPrices = day0.Zip(day1).Count(pair => pair.First.Price != pair.Second.Price);
        var changedStock = day0.Zip(day1).Count(pair => pair.First.Availability != pair.Second.Availability);
        Assert.InRange(changedPrices, 15, 240);
        Assert.InRange(changedStock, 15, 240);
        Assert.All(day0.Zip(day1), pair => Assert.Equal(pair.First.Currency, pair.Second.Currency));
    }

    [Fact]
    public void OfferFor_CoversEveryStockStateAndCurrency_AndSalesAreReductions()
    {
        var catalog = DemoCatalog.Generate(42, 300);
        var offers = catalog.Products.Select(p => catalog.OfferFor(p, 3)).ToList();

        var states = offers.Select(o => o.Availability).ToHashSet();
        Assert.Equal(
            new HashSet<Availability> { Availability.InStock, Availability.OutOfStock, Availability.PreOrder, Availability.LimitedAvailability },
            states);
        Assert.Equal(["EUR", "GBP", "USD", "ZAR"], offers.Select(o => o.Currency).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(offers, o => o.RegularPrice is not null);
        Assert.All(offers.Where(o => o.RegularPrice is not null), o => Assert.True(o.RegularPrice > o.Price));
        Assert.All(offers, o => Assert.Equal(o.Availability == Availability.LimitedAvailability, o.Quantity is not null));
        Assert.All(offers.Where(o => o.Quantity is not null), o => Assert.InRange(o.Quantity!.Value, 1, 5));
    }

    private static string Fingerprint(DemoCatalog catalog) => string.Join('\n', catalog.Products.Select(p =>
        string.Join('|', p.Name, p.Slug, p.Sku, p.Gtin, p.Mpn, p.Brand, string.Join(',', p.CategoryIds), p.Rating, p.Reviews.Count,
            string.Join(',', p.Reviews.Select(r => r.Author + r.Date.DayNumber)), catalog.OfferFor(p, 0))));
}
