namespace ShelfScout.Extraction.Tests.Products;

public class IdentifierHeuristicsTests
{
    [Theory]
    [InlineData("<p>SKU: AB-1234</p>", "AB-1234")]
    [InlineData("<p>Art.-Nr. 4711-02</p>", "4711-02")]
    [InlineData("<p>Item # 98765</p>", "98765")]
    [InlineData("<dl><dt>Product code</dt><dd>X1-552</dd></dl>", "X1-552")]
    [InlineData("<ul><li><strong>Šifra:</strong> 0638</li></ul>", "0638")]
    [InlineData("<div>eBay item number:</div><div>123808916008</div>", "123808916008")]
    public void Extract_LabelledIdentifier_IsTheSku(string snippet, string expected)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span>{snippet}"), url: new Uri("https://shop.example/p/kettle"));

        Assert.Equal(expected, product.Sku);
    }

    [Fact]
    public void Extract_EanWithValidCheckDigit_IsTheGtin()
    {
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span><p>EAN: 4006381333931</p>"));

        Assert.Equal("4006381333931", product.Gtin);
    }

    [Fact]
    public void Extract_EanWithWrongCheckDigit_IsRejected()
    {
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span><p>EAN: 4006381333932</p>"));

        Assert.Null(product.Gtin);
    }

    [Fact]
    public void Extract_VisibleProductCodeAndInvisibleMarkupKey_VisibleCodeWins()
    {
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","sku":"238368885","offers":{"@type":"Offer","price":"10","priceCurrency":"EUR"}}</script>""";
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span><p class=\"product-code\">Product code: 83810610</p>"), head, new Uri("https://shop.example/p/kettle"));

        Assert.Equal("83810610", product.Sku);
    }

    [Fact]
    public void Extract_NoLabelledIdentifier_FallsBackToTheIdInTheUrl()
    {
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span>"), url: new Uri("https://shop.example/deal/3454863898"));

        Assert.Equal("3454863898", product.Sku);
    }

    [Theory]
    [InlineData("<ul><li><span>Brand:</span> <span><span>Summit Sport</span></span></li></ul>", "Summit Sport")]
    [InlineData("<p>Marke: Kärcher</p>", "Kärcher")]
    [InlineData("<table><tr><th>Manufacturer</th><td>Bosch</td></tr></table>", "Bosch")]
    public void Extract_LabelledBrand_IsTheBrand(string snippet, string expected)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span>{snippet}"));

        Assert.Equal(expected, product.Brand);
    }
}
