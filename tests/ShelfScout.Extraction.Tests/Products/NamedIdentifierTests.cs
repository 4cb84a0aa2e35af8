namespace ShelfScout.Extraction.Tests.Products;

/// <summary>An element named for an identifier whose shown text is one code (a theme's variant SKU without its label).</summary>
public sealed class NamedIdentifierTests
{
    private static readonly Uri PlainUrl = new("https://shop.example/p/kettle");

    private static ShelfScout.Domain.Catalog.ProductData Read(string snippet) =>
        Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span>{snippet}<button type=\"submit\">Add to cart</button>"), url: PlainUrl);

    [Theory]
    [InlineData("<span class=\"product__sku\">KT-2200</span>", "KT-2200")]
    [InlineData("<p class=\"product-meta\"><span class=\"variant-sku\">BK77</span></p>", "BK77")]
    [InlineData("<div id=\"sku-number\">100234</div>", "100234")]
    public void Sku_ElementNamedForTheSkuShowingOneCode_IsTheSku(string snippet, string expected)
    {
        Assert.Equal(expected, Read(snippet).Sku);
    }

    [Fact]
    public void Gtin_ElementNamedForTheBarcodeWithARightCheckDigit_IsTheGtin()
    {
        Assert.Equal("4006381333931", Read("<span class=\"product-ean\">4006381333931</span>").Gtin);
    }

    [Theory]
    [InlineData("<span class=\"product-ean\">4006381333932</span>")] // the check digit fails
    [InlineData("<span class=\"product-sku\">€12,50</span>")] // a price
    [InlineData("<span class=\"product-sku\">12/05/2021</span>")] // a date
    [InlineData("<span class=\"product-sku\">Blue kettle 2 litres</span>")] // words
    [InlineData("<span class=\"skull-icon\">X200</span>")] // 'sku' inside another word
    [InlineData("<span class=\"product-sku\" style=\"display:none\">KT-2200</span>")] // hidden until a variant has one
    [InlineData("<span class=\"product-sku\">40x40</span>")] // a size
    [InlineData("<label><input type=\"radio\" name=\"size\"><span class=\"sku-choice\">XL2</span></label>")] // a choice to click
    public void Identifier_NamedElementThatShowsNoCode_GivesNone(string snippet)
    {
        var product = Read(snippet);
        Assert.Null(product.Sku);
        Assert.Null(product.Gtin);
    }

    [Theory]
    [InlineData("<p>Model: 40x40</p>")]
    [InlineData("<p>Item code: 120×60cm</p>")]
    public void Identifier_LabelledSize_IsNoIdentifier(string snippet)
    {
        var product = Read(snippet);
        Assert.Null(product.Sku);
        Assert.Null(product.Mpn);
    }

    [Theory]
    [InlineData("<div class=\"product_meta\"><span class=\"sku_wrapper\">SKU: <span class=\"sku\">woo-beanie</span></span></div>", "woo-beanie")]
    [InlineData("<p>Product code: BLK_KETTLE</p>", "BLK_KETTLE")]
    public void Sku_LabelledSlugWithoutDigits_IsTheSku(string snippet, string expected)
    {
        Assert.Equal(expected, Read(snippet).Sku);
    }

    [Theory]
    [InlineData("<p>SKU: N/A</p>")]
    [InlineData("<p>SKU: -</p>")]
    [InlineData("<p>Reference sans-serif</p>")] // no separator: a sentence, not a row
    public void Sku_LabelledWordsThatAreNoSlugCode_GiveNone(string snippet)
    {
        Assert.Null(Read(snippet).Sku);
    }

    [Fact]
    public void Sku_LabelledValueWithUnderscore_IsReadWhole()
    {
        Assert.Equal("demo_12", Read("<p>Reference: demo_12</p>").Sku);
    }
}
