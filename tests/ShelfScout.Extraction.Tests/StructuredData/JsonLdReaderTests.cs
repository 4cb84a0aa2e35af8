using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Extraction.Tests.StructuredData;

public sealed class JsonLdReaderTests
{
    private static StructuredItem Single(string json)
    {
        var items = JsonLdReader.Read(Html.Parse(Html.JsonLd(json)), Html.PageUrl);
        return Assert.Single(items);
    }

    [Fact]
    public void Read_ProductWithNestedOffer_ShortensTypesAndKeepsNumbersAsText()
    {
        var item = Single("""{"@context":"https://schema.org","@type":"https://schema.org/Product","name":"Anvil","offers":{"@type":"Offer","price":119.99,"priceCurrency":"USD","availability":"https://schema.org/InStock"},"isFamilyFriendly":true}""");

        Assert.True(item.IsType("Product"));
        var offer = Assert.Single(item.GetItems("offers"));
        Assert.True(offer.IsType("Offer"));
        Assert.Equal("119.99", offer.GetText("price"));
        Assert.Equal("true", item.GetText("isFamilyFriendly"));
        Assert.Equal("https://schema.org/InStock", offer.GetText("availability"));
    }

    [Fact]
    public void Read_Graph_FlattensIntoItemsAndResolvesIdReferences()
    {
        var items = JsonLdReader.Read(Html.Parse(Html.JsonLd("""
            {"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"#org","name":"ACME"},
              {"@type":"Product","name":"Anvil","brand":{"@id":"#org"},"manufacturer":{"@id":"#unknown"},"seller":{"@type":"Organization","@id":"#org"}}]}
            """)), Html.PageUrl);

        Assert.Equal(2, items.Count);
        var product = items.Single(i => i.IsType("Product"));
        Assert.Equal("ACME", Assert.Single(product.GetItems("brand")).GetText("name"));
        Assert.Equal("#unknown", product.GetText("manufacturer"));
        Assert.Equal("ACME", Assert.Single(product.GetItems("seller")).GetText("name"));
    }

    [Fact]
    public void Read_ProductGroupWithVariantsAndAggregateOffer_KeepsTheTree()
    {
        var item = Single("""
            {"@context":"https://schema.org","@type":"ProductGroup","name":"Tee","hasVariant":[
              {"@type":"Product","sku":"T-S","offers":{"@type":"Offer","priceSpecification":{"@type":"UnitPriceSpecification","price":"10.00","priceCurrency":"EUR"}}},
              {"@type":"Product","sku":"T-M","offers":{"@type":"AggregateOffer","lowPrice":"11","highPrice":"15","priceCurrency":"EUR"}}]}
            """);

        var variants = item.GetItems("hasVariant").ToList();
        Assert.Equal(["T-S", "T-M"], variants.Select(v => v.GetText("sku")));
        var spec = variants[0].GetItems("offers").Single().GetItems("priceSpecification").Single();
        Assert.Equal("10.00", spec.GetText("price"));
        Assert.True(variants[1].GetItems("offers").Single().IsType("AggregateOffer"));
    }

    [Fact]
    public void Read_CommentsAndTrailingCommas_AreTolerated()
    {
        var item = Single("""
            { "@type": "Product", // the product
              /* block comment */ "name": "Anvil", "url": "http://x.example/a//b",
              "sku": ["A1", "A2",], }
            """);

        Assert.Equal("Anvil", item.GetText("name"));
        Assert.Equal("http://x.example/a//b", item.GetText("url"));
        Assert.Equal(["A1", "A2"], item.GetTexts("sku"));
    }

    [Fact]
    public void Read_RawNewlinesAndControlCharactersInStrings_AreTolerated()
    {
        var item = Single("{\"@type\":\"Product\",\"description\":\"line 1\n\tline 2\u0001\",\"name\":\"A\"}");

        Assert.Equal("line 1\n\tline 2\u0001", item.Properties["description"][0].Text);
    }

    [Fact]
    public void Read_HtmlEntityEncodedJson_IsDecoded()
    {
        var item = Single("{&quot;@type&quot;:&quot;Product&quot;,&quot;name&quot;:&quot;Tom &amp; Jerry&quot;}");

        Assert.Equal("Tom & Jerry", item.GetText("name"));
    }

    [Theory]
    [InlineData("<![CDATA[{\"@type\":\"Product\",\"name\":\"A\"}]]>")]
    [InlineData("//<![CDATA[\n{\"@type\":\"Product\",\"name\":\"A\"}\n//]]>")]
    [InlineData("<!--\n{\"@type\":\"Product\",\"name\":\"A\"}\n-->")]
    [InlineData("<!-- a note -->\n{\"@type\":\"Product\",\"name\":\"A\"};")]
    public void Read_WrappedJson_IsUnwrapped(string script)
    {
        Assert.Equal("A", Single(script).GetText("name"));
    }

    [Theory]
    [InlineData("{\"@type\":\"Product\",\"name\":\"A\"}{\"@type\":\"Offer\",\"price\":\"1\"}")]
    [InlineData("{\"@type\":\"Product\",\"name\":\"A\"},\n{\"@type\":\"Offer\",\"price\":\"1\"}")]
    public void Read_ConcatenatedObjects_GiveOneItemEach(string script)
    {
        var items = JsonLdReader.Read(Html.Parse(Html.JsonLd(script)), Html.PageUrl);

        Assert.Equal(["Product", "Offer"], items.Select(i => i.Types.Single()));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("{ this is not json")]
    public void Read_EmptyOrBrokenScript_GivesNothing(string script)
    {
        Assert.Empty(JsonLdReader.Read(Html.Parse(Html.JsonLd(script)), Html.PageUrl));
    }

    [Fact]
    public void Read_SelfReference_DoesNotLoop()
    {
        var item = Single("""{"@type":"Product","@id":"#p","name":"A","isSimilarTo":{"@id":"#p"}}""");

        Assert.Equal("#p", Assert.Single(item.GetItems("isSimilarTo")).Id);
    }
}
