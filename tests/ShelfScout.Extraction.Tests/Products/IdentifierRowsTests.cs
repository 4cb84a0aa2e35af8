namespace ShelfScout.Extraction.Tests.Products;

/// <summary>Identifiers from labelled rows, spec tables and "label: value" lines, and the numbers that are no identifier.</summary>
public class IdentifierRowsTests
{
    private static readonly Uri PlainUrl = new("https://shop.example/p/kettle");

    private static ShelfScout.Domain.Catalog.ProductData Read(string snippet) =>
        Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span>{snippet}"), url: PlainUrl);

    [Theory]
    [InlineData("<table><tr><th>Artikel-Nummer</th><td>1049084</td></tr></table>", "1049084")]
    [InlineData("<table><tr><td><strong>Item number</strong></td><td>KT-2200</td></tr></table>", "KT-2200")]
    [InlineData("<ul><li><span>Référence produit</span><span>:</span><span>R55-09</span></li></ul>", "R55-09")]
    [InlineData("<p>Colour: blue<br>Product ref: BK-77<br>Weight: 1 kg</p>", "BK-77")]
    [InlineData("<p>Colour: blue<br>SKU: <b>BK-78</b><br>Weight: 1 kg</p>", "BK-78")]
    [InlineData("<div class=\"specs\"><div>Código de artículo</div><div>CA-3301</div></div>", "CA-3301")]
    [InlineData("<div>קוד מוצר: 101693</div>", "101693")]
    [InlineData("<dl><dt>Κωδικός προϊόντος</dt><dd>GR-4410</dd></dl>", "GR-4410")]
    public void Extract_LabelledRowOrLine_IsTheSku(string snippet, string expected)
    {
        Assert.Equal(expected, Read(snippet).Sku);
    }

    [Theory]
    [InlineData("<table><tr><th>Model number</th><td>HX-900</td></tr></table>", "HX-900")]
    [InlineData("<dl><dt>Teilenummer</dt><dd>0 986 494 524</dd></dl>", "0")]
    public void Extract_LabelledModelRow_IsTheMpn(string snippet, string expected)
    {
        var mpn = Read(snippet).Mpn;
        if (expected == "0")
        {
            // Digits in groups are a phone-like run, no code: nothing, rather than the first group.
            Assert.Null(mpn);
            return;
        }

        Assert.Equal(expected, mpn);
    }

    [Theory]
    [InlineData("<p>Model: 180 cm, wears size M</p>")]
    [InlineData("<p>Model: 180cm</p>")]
    [InlineData("<p>Reference: 24.99 €</p>")]
    [InlineData("<p>Ref. 12/05/2021</p>")]
    [InlineData("<p>Reference: 2021-05-12</p>")]
    [InlineData("<p>Item code: 0800 123 4567</p>")]
    [InlineData("<p>Model: 12 pcs</p>")]
    public void Extract_LabelFollowedByAPriceDatePhoneOrQuantity_GivesNoIdentifier(string snippet)
    {
        var product = Read(snippet);

        Assert.Null(product.Mpn);
        Assert.Null(product.Sku);
    }

    [Fact]
    public void Extract_EanInDigitGroups_IsTheGtin()
    {
        Assert.Equal("4006381333931", Read("<p>EAN: 4 006381 333931</p>").Gtin);
    }

    [Fact]
    public void Extract_SkuThatIsAValidGtin_IsTheSkuAndTheGtin()
    {
        var product = Read("<table><tr><th>SKU</th><td>4006381333931</td></tr></table>");

        Assert.Equal("4006381333931", product.Sku);
        Assert.Equal("4006381333931", product.Gtin);
    }

    [Fact]
    public void Extract_Isbn10EndingInX_IsNoMeasure()
    {
        Assert.Equal("9780804429573", Read("<p>ISBN: 080442957X</p>").Gtin);
    }

    [Fact]
    public void Extract_RelatedItemCardsWithCodes_DoNotGiveTheirCode()
    {
        var cards = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<li class=\"card\"><a href=\"/p/other-{i}\">Other {i}</a><span>SKU: OT-{i}00</span></li>"));
        var body = Snippet.BuyBox("<span class=\"price\">€10,00</span>") + $"<section><h2>You may also like</h2><ul>{cards}</ul></section>";

        var product = Snippet.Product(body, url: PlainUrl);

        Assert.Null(product.Sku);
    }

    [Fact]
    public void Extract_MainRowAndRelatedCards_TakesTheMainRow()
    {
        var cards = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<li class=\"card\"><a href=\"/p/other-{i}\">Other {i}</a><span>SKU: OT-{i}00</span></li>"));
        var body = Snippet.BuyBox("<span class=\"price\">€10,00</span><p>SKU: BK-100</p>") + $"<section><h2>You may also like</h2><ul>{cards}</ul></section>";

        Assert.Equal("BK-100", Snippet.Product(body, url: PlainUrl).Sku);
    }
}

public class UrlNumberInNameTests
{
    [Fact]
    public void Extract_NumberOfTheNameInTheSlug_IsNoSku()
    {
        var body = "<main><div class=\"product\"><h1>Samsung 18650 Battery</h1><div class=\"buy-box\"><span class=\"price\">€10,00</span></div></div></main>";

        var product = Snippet.Product(body, url: new Uri("https://shop.example/product/samsung-18650-battery"));

        Assert.Null(product.Sku);
    }

    [Fact]
    public void Extract_IdInTheSlugThatTheNameLacks_IsTheSku()
    {
        var body = "<main><div class=\"product\"><h1>Samsung Battery</h1><div class=\"buy-box\"><span class=\"price\">€10,00</span></div></div></main>";

        var product = Snippet.Product(body, url: new Uri("https://shop.example/product/samsung-battery-112949990"));

        Assert.Equal("112949990", product.Sku);
    }
}
