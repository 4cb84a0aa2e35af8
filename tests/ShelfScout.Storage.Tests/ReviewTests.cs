using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Tests;

public abstract class ReviewTests<TBackend> : StoreContract<TBackend>
    where TBackend : StoreBackend, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AddReviews_SameBatchTwice_AddsOnce()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness, "http://127.0.0.1/p/1");
        ReviewData[] reviews =
        [
            new("Ann", 5m, "Great", "Boils fast.", new DateOnly(2026, 2, 1)),
            new("Bob", 1m, "Bad", "Leaks.", new DateOnly(2026, 2, 2)),
        ];

        var first = await harness.Store.AddReviewsAsync(productId, reviews, None);
        var second = await harness.Store.AddReviewsAsync(productId, reviews, None);

        Assert.Equal((2, 0), (first, second));
        Assert.Equal(2, (await harness.Store.CountAsync(1, None)).Reviews);
    }

    [Fact]
    public async Task AddReviews_WithReadTime_MarksTheProductsReviewsRead_KeepingTheLatest()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness, "http://127.0.0.1/p/1");
        var other = await AddProductAsync(harness, "http://127.0.0.1/p/2");
        var at = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        Assert.Null((await harness.Store.GetProductRefsAsync(1, None)).Single(p => p.Id == productId).ReviewsReadAt);

        // A page without reviews is read too: the mark does not depend on finding any.
        var added = await harness.Store.AddReviewsAsync(productId, [], at, None);
        await harness.Store.AddReviewsAsync(productId, [new("Ann", 5m, "Great", "Boils fast.", new DateOnly(2026, 2, 1))], at.AddHours(-1), None);

        var refs = await harness.Store.GetProductRefsAsync(1, None);
        Assert.Equal(0, added);
        Assert.Equal(at, refs.Single(p => p.Id == productId).ReviewsReadAt);
        Assert.Null(refs.Single(p => p.Id == other).ReviewsReadAt);
        Assert.Equal(1, (await harness.Store.CountAsync(1, None)).Reviews);
    }

    [Fact]
    public async Task AddReviews_WhitespaceAndRatingScaleVariants_AreTheSameReview()
    {
        await using var harness = await CreateHarnessAsync();
        var productId = await AddProductAsync(harness, "http://127.0.0.1/p/1");
        await harness.Store.AddReviewsAsync(productId, [new("Ann Smith", 4m, "Solid kettle", "Boils fast. Quiet too.", new DateOnly(2026, 2, 1))], None);

        var added = await harness.Store.AddReviewsAsync(
            productId,
            [
                new("  Ann   Smith ", 4.0m, "Solid\tkettle", "Boils fast.\n  Quiet too.  ", new DateOnly(2026, 2, 1)),
                new("Ann\u00a0Smith", 4.00m, " Solid kettle", "Boils fast.\r\nQuiet too.", new DateOnly(2026, 2, 1)),
            ],
            None);

        Assert.Equal(0, added);
        var stored = Assert.Single(await harness.Store.ExportReviewsAsync(null, None).ToListAsync());
        Assert.Equal(("Ann Smith", "Boils fast. Quiet too."), (stored.Author, stored.Body));
    }

    [Fact]
    public async Task AddReviews_AnyFieldDifferent_IsANewReview_AndDedupIsPerProduct()
    {
        await using var harness = await CreateHarnessAsync();
        var kettle = await AddProductAsync(harness, "http://127.0.0.1/p/1");
        var toaster = await AddProductAsync(harness, "http://127.0.0.1/p/2");
        var original = new ReviewData("Ann", 4m, "Good", "Fine.", new DateOnly(2026, 2, 1));
        await harness.Store.AddReviewsAsync(kettle, [original], None);

        var added = await harness.Store.AddReviewsAsync(
            kettle,
            [original with { Rating = 3m }, original with { Date = new DateOnly(2026, 2, 2) }, original with { Body = "Fine!" }, original with { Author = "ann" }],
            None);
        var onOtherProduct = await harness.Store.AddReviewsAsync(toaster, [original], None);

        Assert.Equal((4, 1), (added, onOtherProduct));
        var exported = await harness.Store.ExportReviewsAsync(1, None).ToListAsync();
        Assert.Equal(6, exported.Count);
        Assert.Equal(new DateOnly(2026, 2, 1), exported[0].Date);
        Assert.Equal(4m, exported[0].Rating);
    }

    private static async Task<long> AddProductAsync(StoreHarness harness, string url)
    {
        var retailer = await harness.AddRetailerAsync();
        return await harness.Store.UpsertProductAsync(retailer.Id, url, StoreHarness.Product("P"), StoreHarness.Start, None);
    }
}
