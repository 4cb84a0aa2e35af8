using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Html;
using ShelfScout.Extraction.Products;
using ShelfScout.Testing;

namespace ShelfScout.Extraction.Tests.Products;

/// <summary>Every demo product page over loopback HTTP, read with and without structured data, against the generator's truth.</summary>
public class DemoStoreProductTests
{
    [Theory]
    [InlineData(DemoTheme.JsonLd)]
    [InlineData(DemoTheme.Microdata)]
    [InlineData(DemoTheme.Plain)]
    public async Task Extract_EachDemoProductPage_ReadsItsPriceListPriceAndStock(DemoTheme theme)
    {
        await using var store = await TestStores.StartAsync(productCount: 40, theme: theme, seed: 7);
        using var client = store.CreateClient();
        var extractor = new ProductExtractor();
        var wrong = new List<string>();
        foreach (var truth in store.Catalog.Products)
        {
            var url = new Uri(store.BaseUrl, truth.RelativeUrl);
            using var document = HtmlDocumentLoader.Parse(await client.GetStringAsync(url), url);
            var found = extractor.Extract(document, url).Product;
            var offer = store.Catalog.OfferFor(truth, 0);
            var expected = $"{truth.Sku} {offer.Price} {offer.RegularPrice} {offer.Currency} {offer.Availability} {offer.Quantity}";
            var actual = $"{found?.Sku} {found?.Price} {found?.RegularPrice} {found?.Currency} {found?.Availability} {found?.StockQuantity}";
            if (expected != actual)
            {
                wrong.Add($"{truth.RelativeUrl}: expected {expected}, read {actual}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}
