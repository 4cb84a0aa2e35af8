using System.Text.Json;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Html;
using ShelfScout.Extraction.Products;
using ShelfScout.Extraction.Tests.Pricing;
using Xunit.Abstractions;

namespace ShelfScout.Extraction.Tests.Products;

/// <summary>
/// The engine over the 72 annotated real pages (21 sites), scored like <c>score-products</c>. The floors are at least
/// Zyte AutoExtract's published F1 on these pages (price 0.915, sku 0.794, availability 0.972, OutOfStock 0.750) and
/// just under what the engine scores now, so a regression fails.
/// </summary>
public class ProductCorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<Scores> Result = new(Score);

    [Fact]
    public void Corpus_PriceF1_AtLeastFloor() => AssertFloor("price", Result.Value.Price, 0.95);

    [Fact]
    public void Corpus_SkuF1_AtLeastFloor() => AssertFloor("sku", Result.Value.Sku, 0.92);

    [Fact]
    public void Corpus_AvailabilityF1_AtLeastFloor() => AssertFloor("availability", Result.Value.Availability, 0.98);

    [Fact]
    public void Corpus_OutOfStockF1_AtLeastFloor() => AssertFloor("OutOfStock", Result.Value.OutOfStock, 0.85);

    [Fact]
    public void Corpus_EveryPageIsAProductPage() => Assert.Equal(0, Result.Value.NotProductPages);

    private void AssertFloor(string attribute, double f1, double floor)
    {
        output.WriteLine($"{attribute} F1 {f1:F3} (floor {floor:F3})");
        Assert.True(f1 >= floor, $"{attribute} F1 {f1:F3} fell below {floor:F3}");
    }

    private static Scores Score()
    {
        var price = new BenchmarkMetric();
        var sku = new BenchmarkMetric();
        var availability = new BenchmarkMetric();
        var outOfStock = new BenchmarkMetric();
        var notProductPages = 0;
        var extractor = new ProductExtractor();
        using var truth = JsonDocument.Parse(File.ReadAllText(SharedCorpus.PathOf("product-pages", "ground-truth.json")));
        foreach (var page in truth.RootElement.EnumerateObject())
        {
            var url = new Uri(page.Value.GetProperty("url").GetString()!);
            var html = File.ReadAllText(SharedCorpus.PathOf("product-pages", "html", page.Name + ".html"));
            using var document = HtmlDocumentLoader.Parse(html, url);
            var extraction = extractor.Extract(document, url);
            notProductPages += extraction.IsProductPage ? 0 : 1;
            var product = extraction.Product;

            price.Add(Accepted(page.Value, "price", BenchmarkMetric.CanonicalDecimal), product?.Price is { } p ? BenchmarkMetric.CanonicalDecimal(p) : null);
            sku.Add(Accepted(page.Value, "sku", v => v), string.IsNullOrEmpty(product?.Sku) ? null : product.Sku);
            var predicted = BenchmarkMetric.NormalizeAvailability(product is null ? null : AvailabilityNames.ToSchemaName(product.Availability));
            availability.Add(Accepted(page.Value, "availability", v => v), predicted);
            outOfStock.Add(Accepted(page.Value, "OutOfStock", v => v), predicted == "OutOfStock" ? "OutOfStock" : null);
        }

        return new Scores(price.F1, sku.F1, availability.F1, outOfStock.F1, notProductPages);
    }

    private static HashSet<string> Accepted(JsonElement page, string attribute, Func<string?, string?> normalize) =>
        page.TryGetProperty(attribute, out var values)
            ? values.EnumerateArray().Select(v => normalize(v.GetString())).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];

    private sealed record Scores(double Price, double Sku, double Availability, double OutOfStock, int NotProductPages);
}
