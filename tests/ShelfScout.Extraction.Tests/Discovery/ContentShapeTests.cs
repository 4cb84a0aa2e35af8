using ShelfScout.Extraction.Discovery;
using Markup = ShelfScout.Extraction.Tests.StructuredData.Html;

namespace ShelfScout.Extraction.Tests.Discovery;

public sealed class ContentShapeTests
{
    [Fact]
    public void Shape_IsWhereTheMainHeadingSits_ByTagAndFirstClassWithoutADigit_NearestAncestorsOnly()
    {
        var product = Markup.Parse("""
            <html><body><div class="wrapper"><div class="page"><div class="main"><div class="col-main">
            <div class="product-4711 product-view"><div class="product-name"><h1>Folder</h1></div></div></div></div></div></div></body></html>
            """);
        var otherProduct = Markup.Parse("""
            <html><body><div class="wrapper"><div class="page"><div class="main"><div class="col-main">
            <div class="product-812 product-view"><div class="product-name"><h1>Hunter</h1></div></div></div></div></div></div></body></html>
            """);
        var category = Markup.Parse("""
            <html><body><div class="wrapper"><div class="page"><div class="main"><div class="col-main">
            <div class="category-title"><h1>Knives</h1></div><ul class="products-grid"></ul></div></div></div></div></body></html>
            """);

        Assert.Equal("div.main/div.col-main/div.product-view/div.product-name/h1", ContentShape.Of(product));
        Assert.Equal(ContentShape.Of(product), ContentShape.Of(otherProduct));
        Assert.Equal("div.page/div.main/div.col-main/div.category-title/h1", ContentShape.Of(category));
        Assert.Null(ContentShape.Of(Markup.Parse("<html><body><h2>No main heading</h2></body></html>")));
    }
}
