using ShelfScout.DemoRetailer;
using ShelfScout.Extraction.Html;
using ShelfScout.Extraction.Reviews;
using ShelfScout.Testing;

namespace ShelfScout.Extraction.Tests.Reviews;

/// <summary>Every review of a demo product, page after page, over loopback HTTP, with and without structured data.</summary>
public class DemoStoreReviewTests
{
    [Theory]
    [InlineData(DemoTheme.JsonLd)]
    [InlineData(DemoTheme.Microdata)]
    [InlineData(DemoTheme.Plain)]
    public async Task Extract_FollowingNextPages_ReadsEveryReviewOfTheProduct(DemoTheme theme)
    {
        await using var store = await TestStores.StartAsync(productCount: 24, theme: theme);
        using var client = store.CreateClient();
        var product = store.Catalog.Products.OrderByDescending(p => p.Reviews.Count).First();
        var extractor = new ReviewExtractor();
        var read = new List<Domain.Catalog.ReviewData>();
        Uri? url = new(store.BaseUrl, product.RelativeUrl);
        for (var pages = 0; url is not null && pages < 20; pages++)
        {
            using var document = HtmlDocumentLoader.Parse(await client.GetStringAsync(url), url);
            var page = extractor.Extract(document, url);
            read.AddRange(page.Reviews);
            url = page.NextPage;
        }

        Assert.Equal(
            product.Reviews.Select(r => $"{r.Author}|{r.Rating}|{r.Date:yyyy-MM-dd}").Order(StringComparer.Ordinal),
            read.Select(r => $"{r.Author}|{r.Rating:0.#}|{r.Date:yyyy-MM-dd}").Order(StringComparer.Ordinal));
    }
}
