using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.StructuredData;
using ShelfScout.Extraction.Tests.Products;

namespace ShelfScout.Extraction.Tests.Robustness;

/// <summary>JSON objects with a repeated key are common in page scripts; reading them used to throw ArgumentException.</summary>
public sealed class DuplicateKeyTests
{
    [Fact]
    public void RelaxedJson_DuplicateKey_LastValueWins()
    {
        var node = Assert.Single(RelaxedJson.Parse("""{"price": "1.00", "name": "Kettle", "price": "39.99"}"""));

        Assert.Equal("39.99", node["price"]!.GetValue<string>());
        Assert.Equal("Kettle", node["name"]!.GetValue<string>());
    }

    [Fact]
    public void Extract_JsonLdWithDuplicateKeys_ReadsTheProduct()
    {
        var head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","name":"Blue Kettle","sku":"BK-17",
              "offers":{"@type":"Offer","price":"39.99","price":"39.99","priceCurrency":"GBP","availability":"https://schema.org/InStock"}}</script>
            <script>window.__STATE__ = {"product":{"id":1,"id":2,"title":"Blue Kettle"}};</script>
            """;

        var extraction = Snippet.Extract("<main><h1>Blue Kettle</h1></main>", head);

        Assert.Empty(extraction.ReaderFailures);
        Assert.Equal(39.99m, extraction.Product!.Price);
        Assert.Equal("BK-17", extraction.Product.Sku);
    }

    [Fact]
    public void ReaderIsolation_FailingReader_IsRecordedAndTheNextStillRuns()
    {
        var isolation = new ReaderIsolation();
        var ran = false;

        var value = isolation.Run<int>("broken", () => throw new ArgumentException("same key twice"), -1);
        isolation.Run("next", () => ran = true);

        Assert.Equal(-1, value);
        Assert.True(ran);
        var failure = Assert.Single(isolation.Failures);
        Assert.Equal(new ReaderFailure("broken", "ArgumentException: same key twice"), failure);
    }

    [Fact]
    public void ReaderIsolation_Cancellation_StillPropagates()
    {
        var isolation = new ReaderIsolation();

        Assert.Throws<OperationCanceledException>(() => isolation.Run("cancelled", () => throw new OperationCanceledException()));
    }
}
