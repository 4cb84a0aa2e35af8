using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Extraction.Tests.StructuredData;

public sealed class RdfaAndMetaTests
{
    [Fact]
    public void RdfaRead_VocabTypeofProperty_BuildsNestedItems()
    {
        var document = Html.Parse("""
            <div vocab="https://schema.org/" typeof="Product" resource="#anvil">
              <span property="name">Anvil</span>
              <div property="offers" typeof="Offer">
                <meta property="price" content="12.50"><span property="priceCurrency">EUR</span>
              </div>
            </div>
            """);

        var product = Assert.Single(RdfaReader.Read(document, Html.PageUrl));

        Assert.Equal(["Product"], product.Types);
        Assert.Equal("https://shop.example/p/anvil?ref=1#anvil", product.Id);
        Assert.Equal("Anvil", product.GetText("name"));
        var offer = Assert.Single(product.GetItems("offers"));
        Assert.Equal("12.50", offer.GetText("price"));
        Assert.Equal("EUR", offer.GetText("priceCurrency"));
    }

    [Fact]
    public void RdfaRead_Prefixes_ShortenSchemaAndKeepOtherCuries()
    {
        var document = Html.Parse("""
            <html prefix="og: http://ogp.me/ns# s: http://schema.org/"><head><meta property="og:title" content="Anvil page"></head>
            <body><div typeof="s:Product"><span property="s:name">Anvil</span><a property="s:url" href="/a">a</a></div></body></html>
            """);

        var items = RdfaReader.Read(document, Html.PageUrl);

        var product = items.Single(i => i.IsType("Product"));
        Assert.Equal("Anvil", product.GetText("name"));
        Assert.Equal("https://shop.example/a", product.GetText("url"));
        var page = items.Single(i => i.Types.Count == 0);
        Assert.Equal("Anvil page", page.GetText("og:title"));
    }

    [Fact]
    public void OpenGraph_MetaAndProductPrice_AreReadAsMetaAndOneItem()
    {
        var document = Html.Parse("""
            <html><head>
              <meta property="og:type" content="product"><meta property="og:title" content=" Anvil ">
              <meta property="og:url" content="https://shop.example/p/anvil">
              <meta property="og:image" content="https://shop.example/1.jpg"><meta property="og:image" content="https://shop.example/2.jpg">
              <meta property="product:price:amount" content="12.50"><meta property="product:price:currency" content="EUR">
              <meta name="twitter:card" content="summary"><meta name="description" content="Heavy.">
            </head></html>
            """);

        var set = StructuredDataReader.Read(document, Html.PageUrl);

        Assert.Equal(["https://shop.example/1.jpg", "https://shop.example/2.jpg"], set.Meta["og:image"]);
        Assert.Equal("summary", set.Meta["TWITTER:CARD"].Single());
        Assert.Equal("Heavy.", set.Meta["description"].Single());
        var og = set.Items.Single(i => i.Syntax == StructuredSyntax.OpenGraph);
        Assert.Equal(["product"], og.Types);
        Assert.Equal("https://shop.example/p/anvil", og.Id);
        Assert.Equal("12.50", og.GetText("product:price:amount"));
        Assert.Equal("Anvil", og.GetText("og:title"));
    }
}
