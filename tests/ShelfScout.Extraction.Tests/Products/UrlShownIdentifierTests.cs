namespace ShelfScout.Extraction.Tests.Products;

/// <summary>An identifier in the page's URL that the page also shows is the product's own.</summary>
public sealed class UrlShownIdentifierTests
{
    [Fact]
    public void Sku_CodeInUrlShownInDetailsTable_IsTheSku()
    {
        var body = Snippet.BuyBox("<span class=\"price\">$10.00</span><button type=\"submit\">Add to cart</button>")
                   + "<table><tr><th>Item code</th><td>B07KX3Z9QF</td></tr><tr><th>Weight</th><td>1.2 kg</td></tr></table>";
        var product = Snippet.Product(body, url: new Uri("https://shop.example/blue-kettle/dp/B07KX3Z9QF"));
        Assert.Equal("B07KX3Z9QF", product.Sku);
    }

    [Fact]
    public void Sku_CodeInUrlNotShown_IsNotTaken()
    {
        var body = Snippet.BuyBox("<span class=\"price\">$10.00</span><button type=\"submit\">Add to cart</button>");
        var product = Snippet.Product(body, url: new Uri("https://shop.example/blue-kettle/dp/B07KX3Z9QF"));
        Assert.NotEqual("B07KX3Z9QF", product.Sku);
    }

    [Fact]
    public void Gtin_ShownGtinInUrl_IsAGtinNotASku()
    {
        var body = Snippet.BuyBox("<span class=\"price\">$10.00</span><p>Barcode number 4006381333931</p>");
        var product = Snippet.Product(body, url: new Uri("https://shop.example/p/blue-kettle-4006381333931"));
        Assert.Equal("4006381333931", product.Gtin);
        Assert.NotEqual("4006381333931", product.Sku);
    }

    [Fact]
    public void Sku_QueryValueShownOnThePage_IsTheSku()
    {
        var body = Snippet.BuyBox("<span class=\"price\">$10.00</span><div class=\"code\">KT22001</div><button type=\"submit\">Add to cart</button>");
        var product = Snippet.Product(body, url: new Uri("https://shop.example/product.php?sku=KT22001&lang=en"));
        Assert.Equal("KT22001", product.Sku);
    }

    [Fact]
    public void Sku_QueryValueNotShown_IsNotTaken()
    {
        var body = Snippet.BuyBox("<span class=\"price\">$10.00</span><button type=\"submit\">Add to cart</button>");
        var product = Snippet.Product(body, url: new Uri("https://shop.example/product.php?sku=KT22001&utm_id=AB12345"));
        Assert.Null(product.Sku);
    }
}
