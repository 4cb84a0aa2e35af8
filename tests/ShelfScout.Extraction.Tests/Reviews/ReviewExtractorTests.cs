using ShelfScout.Extraction.Html;
using ShelfScout.Extraction.Reviews;

namespace ShelfScout.Extraction.Tests.Reviews;

public sealed class ReviewExtractorTests
{
    private static readonly Uri PageUrl = new("https://shop.example/products/green-tea");

    private static ReviewPage Extract(string body, Uri? url = null) =>
        new ReviewExtractor().Extract(HtmlDocumentLoader.Parse($"<html><head></head><body>{body}</body></html>", url ?? PageUrl), url ?? PageUrl);

    [Fact]
    public void Extract_JsonLdReviews_ReadsEveryField()
    {
        var page = Extract("""
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Green Tea",
             "review":[{"@type":"Review","name":"Lovely","reviewBody":"Fresh and fragrant.","datePublished":"2025-06-01",
               "author":{"@type":"Person","name":"Marco G."},"reviewRating":{"@type":"Rating","ratingValue":5,"bestRating":5}},
              {"@type":"Review","reviewBody":"Too bitter.","datePublished":"2025-02-24","author":"Ana","reviewRating":{"ratingValue":"4","bestRating":"10"}}]}</script>
            """);

        Assert.Equal(2, page.Reviews.Count);
        var first = page.Reviews[0];
        Assert.Equal(("Marco G.", 5m, "Lovely", "Fresh and fragrant.", new DateOnly(2025, 6, 1)), (first.Author, first.Rating, first.Title, first.Body, first.Date));
        Assert.Equal(("Ana", 2m), (page.Reviews[1].Author, page.Reviews[1].Rating));
    }

    [Fact]
    public void Extract_MicrodataReviews_AreRead()
    {
        var page = Extract("""
            <div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Green Tea</h1>
              <div itemprop="review" itemscope itemtype="https://schema.org/Review">
                <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Lena</span></span>
                <meta itemprop="datePublished" content="2024-11-06">
                <div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><meta itemprop="ratingValue" content="3"></div>
                <p itemprop="reviewBody">Fine for the price.</p></div></div>
            """);

        var review = Assert.Single(page.Reviews);
        Assert.Equal(("Lena", 3m, new DateOnly(2024, 11, 6)), (review.Author, review.Rating, review.Date));
    }

    [Fact]
    public void Extract_PlainMarkupWithScrambledClasses_ReadsBlocksUnderAReviewsHeading()
    {
        var page = Extract("""
            <div class="q1"><h2>Customer reviews</h2><p class="q2">4.5 out of 5, based on 2 reviews</p>
            <ol class="q3">
              <li class="q4"><div><span role="img" aria-label="4 out of 5 stars">★★★★☆</span></div><h3>Great value</h3>
                <p>By <span><span>Fatima S.</span></span> on <time datetime="2025-06-10">10 June 2025</time></p><p>Fast delivery and exactly as described.</p></li>
              <li class="q4"><div><span role="img" aria-label="5 out of 5 stars">★★★★★</span></div><h3>Excellent</h3>
                <p>By <span><span>Sipho H.</span></span> on <time datetime="2024-11-06">6 November 2024</time></p><p>Will buy again.</p></li>
            </ol>
            <nav aria-label="Review pages"><a href="/products/green-tea/reviews?page=2">Older reviews ›</a></nav></div>
            <section><h2>You may also like</h2><ul><li><a href="/p/x">Other tea</a> <span>★★★★☆</span> <span>$4.00</span></li></ul></section>
            """);

        Assert.Equal(2, page.Reviews.Count);
        Assert.Equal(("Fatima S.", 4m, "Great value", "Fast delivery and exactly as described.", new DateOnly(2025, 6, 10)),
            (page.Reviews[0].Author, page.Reviews[0].Rating, page.Reviews[0].Title, page.Reviews[0].Body, page.Reviews[0].Date));
        Assert.Equal(new Uri("https://shop.example/products/green-tea/reviews?page=2"), page.NextPage);
    }

    [Fact]
    public void Extract_WrittenDatesWithoutMarkup_AreParsed()
    {
        var page = Extract("""
            <section id="product-reviews"><h2>Reviews</h2>
              <div><div><span class="stars" style="width:80%"></span><span title="4 of 5">4/5</span></div><b>Jo</b><span>March 3, 2025</span><p>Nice smell, lasts all day.</p></div>
              <div><div><span title="2 of 5">2/5</span></div><b>Kim</b><span>12 January 2025</span><p>Leaked in the post.</p></div>
            </section>
            """);

        Assert.Equal([new DateOnly(2025, 3, 3), new DateOnly(2025, 1, 12)], page.Reviews.Select(r => r.Date!.Value));
        Assert.Equal([4m, 2m], page.Reviews.Select(r => r.Rating!.Value));
    }

    [Fact]
    public void Extract_ReviewPageWithHeadLinkOnly_FollowsRelNext()
    {
        var url = new Uri("https://shop.example/products/green-tea/reviews?page=2");
        var html = """<html><head><link rel="next" href="/products/green-tea/reviews?page=3"></head><body><h1>Reviews</h1></body></html>""";

        var page = new ReviewExtractor().Extract(HtmlDocumentLoader.Parse(html, url), url);

        Assert.Equal(new Uri("https://shop.example/products/green-tea/reviews?page=3"), page.NextPage);
    }

    [Fact]
    public void Extract_ProductPageWithoutReviews_FindsNoneAndNoNextPage()
    {
        var page = Extract("""<h1>Green Tea</h1><p>$4.00</p><nav class="pagination"><a rel="next" href="/collections/tea?page=2">Next</a></nav>""");

        Assert.Empty(page.Reviews);
        Assert.Null(page.NextPage);
    }

    [Fact]
    public void Extract_LastPageWithOneReview_DoesNotTakeTheSummaryForAReview()
    {
        var page = Extract("""
            <section id="reviews"><h2>Customer reviews</h2><p>4.4 out of 5, based on 11 reviews</p>
            <ol><li><div><span role="img" aria-label="3 out of 5 stars">★★★☆☆</span></div><h3>Okay</h3>
              <p>By <span>Lee</span> on <time datetime="2023-01-02">2 January 2023</time></p><p>Does the job.</p></li></ol></section>
            """);

        var review = Assert.Single(page.Reviews);
        Assert.Equal(("Lee", 3m), (review.Author, review.Rating));
    }

    [Fact]
    public void Extract_PageOfReviewsTitledByItsH1_ReadsReviewsAndNextPage()
    {
        var url = new Uri("https://shop.example/products/green-tea/reviews?page=2");
        var html = """
            <html><head></head><body><main><div class="z1"><h1>Customer reviews for <a href="/products/green-tea">Green Tea</a></h1>
            <ol><li><span role="img" aria-label="4 out of 5 stars">★★★★☆</span><h3>Love it</h3><p>By <span>Mia R.</span> on <time datetime="2024-10-07">7 October 2024</time></p><p>Easy to take.</p></li>
            <li><span role="img" aria-label="3 out of 5 stars">★★★☆☆</span><h3>Pricey</h3><p>By <span>Liam F.</span> on <time datetime="2024-06-28">28 June 2024</time></p><p>Works well.</p></li></ol>
            <nav aria-label="Review pages"><a href="/products/green-tea/reviews?page=1">‹ Newer</a> <a href="/products/green-tea/reviews?page=3">Older reviews ›</a></nav></div></main></body></html>
            """;

        var page = new ReviewExtractor().Extract(HtmlDocumentLoader.Parse(html, url), url);

        Assert.Equal(["Mia R.", "Liam F."], page.Reviews.Select(r => r.Author));
        Assert.Equal(new Uri("https://shop.example/products/green-tea/reviews?page=3"), page.NextPage);
    }
}
