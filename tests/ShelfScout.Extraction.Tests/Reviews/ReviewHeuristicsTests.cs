using ShelfScout.Extraction.Html;
using ShelfScout.Extraction.Reviews;

namespace ShelfScout.Extraction.Tests.Reviews;

public class ReviewHeuristicsTests
{
    private static readonly Uri PageUrl = new("https://shop.example/p/blue-kettle");

    private static ReviewPage Extract(string body, string head = "", Uri? url = null)
    {
        using var document = HtmlDocumentLoader.Parse($"<html><head><title>Blue Kettle</title>{head}</head><body>{body}</body></html>", url ?? PageUrl);
        return new ReviewExtractor().Extract(document, url ?? PageUrl);
    }

    [Fact]
    public void Extract_JsonLdReviews_ReadsEveryField()
    {
        var head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","review":[
              {"@type":"Review","author":{"@type":"Person","name":"Anna K."},"datePublished":"2025-03-14","name":"Boils fast",
               "reviewBody":"Quiet and quick.","reviewRating":{"@type":"Rating","ratingValue":"4","bestRating":"5"}},
              {"@type":"Review","author":"Ben","datePublished":"2025-04-01","reviewBody":"Lid broke.","reviewRating":{"@type":"Rating","ratingValue":"2"}}]}</script>
            """;

        var page = Extract("<h1>Blue Kettle</h1>", head);

        Assert.Equal(2, page.Reviews.Count);
        var first = page.Reviews[0];
        Assert.Equal("Anna K.", first.Author);
        Assert.Equal(4m, first.Rating);
        Assert.Equal("Boils fast", first.Title);
        Assert.Equal("Quiet and quick.", first.Body);
        Assert.Equal(new DateOnly(2025, 3, 14), first.Date);
        Assert.Equal("Ben", page.Reviews[1].Author);
    }

    [Fact]
    public void Extract_ReviewOnATenPointScale_IsNormalisedToFiveStars()
    {
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","reviewBody":"Fine.","reviewRating":{"@type":"Rating","ratingValue":"8","bestRating":"10"}}</script>""";

        var review = Assert.Single(Extract("<h1>Blue Kettle</h1>", head).Reviews);

        Assert.Equal(4m, review.Rating);
    }

    [Fact]
    public void Extract_VisibleReviewBlocksWithoutMarkup_ReadsAuthorRatingDateTitleAndBody()
    {
        var body = """
            <h1>Blue Kettle</h1>
            <section>
              <h2>Customer reviews</h2>
              <ul>
                <li><span class="stars" aria-label="5 out of 5 stars">★★★★★</span><h4>Love it</h4>
                    <p class="by">By <strong>Maria</strong> on <time datetime="2025-05-02">2 May 2025</time></p>
                    <p>The best kettle I have owned, it boils in a minute.</p></li>
                <li><span class="stars" aria-label="3 out of 5 stars">★★★☆☆</span><h4>Fine</h4>
                    <p class="by">By <strong>Tom</strong> on <time datetime="2025-04-20">20 April 2025</time></p>
                    <p>Works, but the handle gets warm after a while.</p></li>
              </ul>
            </section>
            """;

        var page = Extract(body);

        Assert.Equal(2, page.Reviews.Count);
        Assert.Equal("Maria", page.Reviews[0].Author);
        Assert.Equal(5m, page.Reviews[0].Rating);
        Assert.Equal("Love it", page.Reviews[0].Title);
        Assert.Equal(new DateOnly(2025, 5, 2), page.Reviews[0].Date);
        Assert.Equal("The best kettle I have owned, it boils in a minute.", page.Reviews[0].Body);
        Assert.Equal(3m, page.Reviews[1].Rating);
    }

    [Fact]
    public void Extract_RatingWrittenAsFraction_IsRead()
    {
        var body = """
            <div id="reviews"><div class="review"><span class="rating">4/5</span><p>Solid build and a good price for what you get.</p><span>12 March 2025</span></div>
            <div class="review"><span class="rating">2/5</span><p>Stopped working after one month of daily use.</p><span>1 March 2025</span></div></div>
            """;

        var page = Extract(body);

        Assert.Equal([4m, 2m], page.Reviews.Select(r => r.Rating));
        Assert.Equal(new DateOnly(2025, 3, 12), page.Reviews[0].Date);
    }

    [Fact]
    public void Extract_RelNextInReviewSection_IsTheNextPage()
    {
        var body = """
            <section class="reviews"><div class="review"><span aria-label="4 out of 5 stars"></span><p>Good kettle, would buy again.</p><time datetime="2025-02-01">1 Feb 2025</time></div>
            <a rel="next" href="/p/blue-kettle/reviews?page=2">2</a></section>
            """;

        Assert.Equal(new Uri("https://shop.example/p/blue-kettle/reviews?page=2"), Extract(body).NextPage);
    }

    [Fact]
    public void Extract_MoreReviewsLink_IsTheNextPage()
    {
        var body = """
            <section id="product-reviews"><div class="review"><span aria-label="4 out of 5 stars"></span><p>Good kettle, would buy again.</p><time datetime="2025-02-01">1 Feb 2025</time></div>
            <a href="/p/blue-kettle/reviews/2">More reviews</a></section>
            """;

        Assert.Equal(new Uri("https://shop.example/p/blue-kettle/reviews/2"), Extract(body).NextPage);
    }

    [Fact]
    public void Extract_PageWithoutReviews_NothingAndNoNextPage()
    {
        var page = Extract("<h1>Blue Kettle</h1><p>A kettle.</p><nav><a rel=\"next\" href=\"/c/kettles?page=2\">Next</a></nav>");

        Assert.Empty(page.Reviews);
        Assert.Null(page.NextPage);
    }

    [Fact]
    public void Extract_RatedProductTilesOfAListing_AreNotReviews()
    {
        var tiles = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<li class=\"k{i % 2}x\"><a href=\"/p/kettle-{i}\">Kettle model number {i} in brushed steel</a><span aria-label=\"4 out of 5 stars\">★★★★☆</span></li>"));

        var page = Extract($"<main><h1>Kettles</h1><ul>{tiles}</ul></main>", url: new Uri("https://shop.example/c/kettles"));

        Assert.Empty(page.Reviews);
    }
}
