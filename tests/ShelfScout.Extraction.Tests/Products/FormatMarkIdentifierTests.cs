namespace ShelfScout.Extraction.Tests.Products;

/// <summary>
/// Detail rows whose label and value are set apart by invisible direction or zero-width marks ("ASIN &amp;rlm; : &amp;lrm;
/// B07…", as large marketplaces and right-to-left shops write them) read as the rows a shopper sees.
/// </summary>
public sealed class FormatMarkIdentifierTests
{
    private static readonly Uri PlainUrl = new("https://shop.example/p/kettle");

    [Theory]
    [InlineData("<ul><li><span><span class=\"a-text-bold\">ASIN &rlm; : &lrm;</span><span>B07KX3Z9QF</span></span></li></ul>", "B07KX3Z9QF")]
    [InlineData("<ul><li><span><span class=\"bold\">Item number&rlm;:&lrm;</span> <span>KT-2200</span></span></li></ul>", "KT-2200")]
    [InlineData("<p>SKU:&#x200B;BK-77</p>", "BK-77")]
    public void Sku_LabelAndValueSetApartByFormatMarks_IsRead(string row, string expected)
    {
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">$10.00</span>") + "<div class=\"details\">" + row + "</div>", url: PlainUrl);
        Assert.Equal(expected, product.Sku);
    }

    [Fact]
    public void Sku_CodeInUrlShownWithFormatMarks_IsTheSku()
    {
        // The URL's code, shown in a row whose only label is one no vocabulary knows: the marks do not glue it to the label.
        var body = Snippet.BuyBox("<span class=\"price\">$10.00</span>") + "<ul><li><span>Listing &rlm;:&lrm;B07KX3Z9QF</span></li></ul>";
        var product = Snippet.Product(body, url: new Uri("https://shop.example/blue-kettle/dp/B07KX3Z9QF"));
        Assert.Equal("B07KX3Z9QF", product.Sku);
    }

    [Fact]
    public void Mpn_ModelRowWithFormatMarks_IsTheMpn()
    {
        var body = Snippet.BuyBox("<span class=\"price\">$10.00</span>") + "<ul><li><span><span>Item model number &rlm; : &lrm;</span><span>HX-900</span></span></li></ul>";
        Assert.Equal("HX-900", Snippet.Product(body, url: PlainUrl).Mpn);
    }
}
