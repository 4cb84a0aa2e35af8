using ShelfScout.Extraction.StructuredData;

namespace ShelfScout.Extraction.Tests.StructuredData;

public sealed class MicrodataReaderTests
{
    [Fact]
    public void Read_NestedScopesAndValueRules_FollowTheElementKind()
    {
        var document = Html.Parse("""
            <div itemscope itemtype="http://schema.org/Product" itemid="#anvil">
              <h1 itemprop="name">  Executive
                 Anvil </h1>
              <img itemprop="image" src="/img/anvil.jpg">
              <a itemprop="url" href="../anvil">link</a>
              <meta itemprop="sku" content="A-1">
              <time itemprop="releaseDate" datetime="2020-01-02">2 Jan</time>
              <data itemprop="gtin13" value="0123456789012">barcode</data>
              <div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
                <span itemprop="price" content="119.99">$119.99</span>
                <link itemprop="availability" href="http://schema.org/InStock">
              </div>
            </div>
            """);

        var product = Assert.Single(MicrodataReader.Read(document, Html.PageUrl));

        Assert.Equal(StructuredSyntax.Microdata, product.Syntax);
        Assert.Equal("Executive Anvil", product.GetText("name"));
        Assert.Equal("https://shop.example/img/anvil.jpg", product.GetText("image"));
        Assert.Equal("https://shop.example/anvil", product.GetText("url"));
        Assert.Equal("A-1", product.GetText("sku"));
        Assert.Equal("2020-01-02", product.GetText("releaseDate"));
        Assert.Equal("0123456789012", product.GetText("gtin13"));
        Assert.Equal("https://shop.example/p/anvil?ref=1#anvil", product.Id);
        var offer = Assert.Single(product.GetItems("offers"));
        Assert.Equal("119.99", offer.GetText("price"));
        Assert.Equal("http://schema.org/InStock", offer.GetText("availability"));
    }

    [Fact]
    public void Read_Itemref_PullsPropertiesFromElsewhere()
    {
        var document = Html.Parse("""
            <div itemscope itemtype="https://schema.org/Product" itemref="price-box missing"><span itemprop="name">A</span></div>
            <div id="price-box"><span itemprop="price">9.99</span></div>
            """);

        var product = Assert.Single(MicrodataReader.Read(document, Html.PageUrl));

        Assert.Equal("9.99", product.GetText("price"));
    }

    [Fact]
    public void Read_ItemrefCycle_Terminates()
    {
        var document = Html.Parse("""
            <div id="a" itemscope itemtype="https://schema.org/Thing" itemref="b"><span itemprop="name">A</span></div>
            <div id="b" itemprop="related" itemscope itemref="a"><span itemprop="name">B</span></div>
            """);

        var items = MicrodataReader.Read(document, Html.PageUrl);

        Assert.Equal("A", items[0].GetText("name"));
    }

    [Fact]
    public void Read_MultiplePropertyNamesAndScriptText_AreHandled()
    {
        var document = Html.Parse("""
            <div itemscope itemtype="https://schema.org/Product"><span itemprop="name alternateName">Anvil<script>var x=1;</script></span></div>
            """);

        var product = Assert.Single(MicrodataReader.Read(document, Html.PageUrl));

        Assert.Equal("Anvil", product.GetText("name"));
        Assert.Equal("Anvil", product.GetText("alternateName"));
    }
}
