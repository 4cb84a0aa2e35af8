using AngleSharp.Html.Parser;
using ShelfScout.Extraction.StructuredData;
using ShelfScout.Extraction.Tests.Pricing;
using Xunit.Abstractions;

namespace ShelfScout.Extraction.Tests.StructuredData;

/// <summary>The readers over the saved real product pages of <c>shared/corpus/product-pages</c>.</summary>
public sealed class RealPagesTests(ITestOutputHelper output)
{
    // 62 of the 72 pages carry product markup at all (the other 10 have none: checked by hand); all 62 are found.
    private const int ProductPagesFloor = 62;

    [Fact]
    public void Read_EverySavedProductPage_ReadsWithoutErrorAndMostHaveAProduct()
    {
        var pages = Directory.GetFiles(SharedCorpus.PathOf("product-pages", "html"), "*.html");
        var parser = new HtmlParser();
        var withProduct = 0;
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var set = StructuredDataReader.Read(document, new Uri("https://shop.example/"));
            var products = set.Descendants().Where(i => i.IsType("Product") || i.IsType("ProductGroup")).ToList();
            if (products.Count > 0)
            {
                withProduct++;
            }

            output.WriteLine($"{Path.GetFileName(page)[..8]} items={set.Items.Count} products={products.Count} " +
                $"syntaxes={string.Join(",", products.Select(p => p.Syntax).Distinct())} meta={set.Meta.Count} embedded={set.EmbeddedJson.Count}");
        }

        output.WriteLine($"pages with a product item: {withProduct} of {pages.Length}");
        Assert.True(withProduct >= ProductPagesFloor, $"{withProduct} of {pages.Length} pages have a product item, floor {ProductPagesFloor}");
    }
}
