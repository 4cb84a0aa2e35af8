using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Tests.Products;

/// <summary>The label/value, stock, rating and price shapes many stores share, each on a small page.</summary>
public class GenericShapesTests
{
    private static readonly Uri PlainUrl = new("https://shop.example/p/kettle");

    [Theory]
    [InlineData("<table><tr><th>Brand</th><td>Acme</td></tr><tr><th>SKU</th><td>KT-4411</td></tr></table>", "KT-4411")]
    [InlineData("<dl class=\"specs\"><dt>Colour</dt><dd>Blue</dd><dt>SKU</dt><dd>KT-4411</dd></dl>", "KT-4411")]
    [InlineData("<div class=\"row\"><span class=\"label\">Artikelnummer:</span> <span class=\"value\">KT-4411</span></div>", "KT-4411")]
    [InlineData("<p>Référence : KT-4411</p>", "KT-4411")]
    public void Extract_SkuInLabelValueStructure_IsTheSku(string snippet, string expected)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span>{snippet}"), url: PlainUrl);

        Assert.Equal(expected, product.Sku);
    }

    [Theory]
    [InlineData("<table><tr><th>UPC</th><td>036000291452</td></tr></table>", "036000291452")]
    [InlineData("<dl><dt>EAN</dt><dd>4006381333931</dd></dl>", "4006381333931")]
    [InlineData("<p>ISBN-13: 978-0-306-40615-7</p>", "9780306406157")]
    public void Extract_GtinInLabelValueStructure_IsTheCheckedGtin(string snippet, string expected)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span>{snippet}"), url: PlainUrl);

        Assert.Equal(expected, product.Gtin);
    }

    [Theory]
    [InlineData("<table><tr><th>UPC</th><td>036000291453</td></tr></table>")]
    [InlineData("<p>ISBN: 978-0-306-40615-8</p>")]
    public void Extract_GtinWithWrongCheckDigit_IsRejected(string snippet)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span>{snippet}"), url: PlainUrl);

        Assert.Null(product.Gtin);
    }

    [Theory]
    [InlineData("<table><tr><th>Model number</th><td>HD-2200</td></tr></table>", "HD-2200")]
    [InlineData("<p>MPN: WK17B-2</p>", "WK17B-2")]
    [InlineData("<dl><dt>Herstellernummer</dt><dd>0.634-132.0</dd></dl>", "0.634-132.0")]
    public void Extract_MpnInLabelValueStructure_IsTheMpn(string snippet, string expected)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span>{snippet}"), url: PlainUrl);

        Assert.Equal(expected, product.Mpn);
    }

    [Fact]
    public void Extract_SkuDataAttributeOnTheBuyBox_IsTheSku()
    {
        var product = Snippet.Product(Snippet.BuyBox("<form class=\"cart\" data-sku=\"KT-4411\"><span class=\"price\">€10,00</span></form>"), url: PlainUrl);

        Assert.Equal("KT-4411", product.Sku);
    }

    [Theory]
    [InlineData("In stock (22 available)", 22)]
    [InlineData("Only 3 left in stock", 3)]
    [InlineData("Noch 5 Stück", 5)]
    [InlineData("¡Quedan 2!", 2)]
    [InlineData("Plus que 4 en stock", 4)]
    [InlineData("Nog maar 6 op voorraad", 6)]
    public void Extract_StockCountText_GivesStockQuantityAndBuyable(string status, int expected)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span><p class=\"stock\">{status}</p>"));

        Assert.Equal(expected, product.StockQuantity);
        Assert.NotEqual(Availability.OutOfStock, product.Availability);
    }

    [Theory]
    [InlineData("Only 2 days left for free delivery")]
    [InlineData("Noch 3 Tage gültig")]
    public void Extract_CountOfSomethingElse_IsNoStockQuantity(string text)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span><p class=\"note\">{text}</p>"));

        Assert.Null(product.StockQuantity);
    }

    [Theory]
    [InlineData("<p class=\"star-rating Three\"><i class=\"icon-star\"></i><i class=\"icon-star\"></i><i class=\"icon-star\"></i><i class=\"icon-star\"></i><i class=\"icon-star\"></i></p>", 3)]
    [InlineData("<div class=\"rating\"><span class=\"star star-full\"></span><span class=\"star star-full\"></span><span class=\"star star-full\"></span><span class=\"star star-full\"></span><span class=\"star star-empty\"></span></div>", 4)]
    [InlineData("<div class=\"rating\"><i class=\"fa fa-star\"></i><i class=\"fa fa-star\"></i><i class=\"fa fa-star-half\"></i><i class=\"fa fa-star-o\"></i><i class=\"fa fa-star-o\"></i></div>", 2)]
    public void Extract_StarWidgetWithoutText_GivesItsRatingNotItsMaximum(string widget, int expectedWhole)
    {
        var product = Snippet.Product(Snippet.BuyBox($"{widget}<span class=\"price\">€10,00</span>"));

        Assert.NotNull(product.Rating);
        Assert.Equal(expectedWhole, (int)product.Rating!.Value);
    }

    [Fact]
    public void Extract_StarIconsAllAlike_GiveNoRating()
    {
        var product = Snippet.Product(Snippet.BuyBox("<div class=\"rating\"><i class=\"icon-star\"></i><i class=\"icon-star\"></i><i class=\"icon-star\"></i><i class=\"icon-star\"></i><i class=\"icon-star\"></i></div><span class=\"price\">€10,00</span>"));

        Assert.Null(product.Rating);
    }

    [Theory]
    [InlineData("<span class=\"price\">$<span>39</span><sup>99</sup></span>")]
    [InlineData("<span class=\"price\">$39<sup>.99</sup></span>")]
    [InlineData("<div class=\"price\"><span class=\"currency\">$</span><span class=\"whole\">39</span><span class=\"cents\">99</span></div>")]
    public void Extract_CentsInTheirOwnElement_ArePartOfThePrice(string price)
    {
        var product = Snippet.Product(Snippet.BuyBox(price));

        Assert.Equal(39.99m, product.Price);
    }

    [Fact]
    public void Extract_CurrencyWithoutDecimalsInMarkup_ReadsThousands()
    {
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","offers":{"@type":"Offer","price":"24.990","priceCurrency":"CLP"}}</script>""";

        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">$24.990</span>"), head);

        Assert.Equal(24990m, product.Price);
        Assert.Equal("CLP", product.Currency);
    }

    [Fact]
    public void Extract_PageAmountsWithoutDecimals_MarkupWithTheSameDigitsAgrees()
    {
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","offers":{"@type":"Offer","price":"24.990"}}</script>""";

        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">$24.990</span>"), head);

        Assert.Equal(24990m, product.Price);
    }

    [Fact]
    public void Extract_TwoDecimalCurrencyInMarkup_KeepsItsDecimals()
    {
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","offers":{"@type":"Offer","price":"24.990","priceCurrency":"EUR"}}</script>""";

        var product = Snippet.Product("<main><h1>Blue Kettle</h1></main>", head);

        Assert.Equal(24.99m, product.Price);
    }

    [Theory]
    [InlineData("<button type=\"submit\" class=\"btn disabled:opacity-50 disabled:cursor-not-allowed\">Add to cart</button>", Availability.InStock)]
    [InlineData("<div class=\"flex size-9\"></div><button type=\"submit\" disabled>Add to cart</button>", Availability.OutOfStock)]
    [InlineData("<button type=\"submit\" aria-disabled=\"true\">Add to cart</button>", Availability.OutOfStock)]
    public void Extract_BuyButtonState_ComesFromItsRealStateNotUtilityClasses(string button, Availability expected)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span>{button}"));

        Assert.Equal(expected, product.Availability);
    }

    [Theory]
    [InlineData("<span class=\"price\"><del>€59,99</del> €39,99</span>")]
    [InlineData("<span class=\"price\">€39,99</span><span class=\"unit-price\">€19,99 / kg</span>")]
    [InlineData("<span class=\"price\">€39,99</span><p class=\"installments\">or 4 payments of €9,99 per month</p>")]
    [InlineData("<span class=\"price\">€39,99</span><div class=\"related-products\"><div class=\"card\"><a href=\"/p/other\">Other kettle</a><span class=\"price\">€12,99</span></div></div>")]
    public void Extract_SeveralPricesInTheBuyBox_ThePriceToPayWins(string prices)
    {
        var product = Snippet.Product(Snippet.BuyBox(prices));

        Assert.Equal(39.99m, product.Price);
    }

    [Theory]
    [InlineData("<span class=\"price\">€39,99</span><div class=\"member-price\"><span>Member price</span> <span>€29,99</span></div>")]
    [InlineData("<div><span>With coupon</span> <span class=\"amount\">€29,99</span></div><span class=\"price\">€39,99</span>")]
    public void Extract_MemberOrCouponPrice_IsNotThePrice(string prices)
    {
        var product = Snippet.Product(Snippet.BuyBox(prices));

        Assert.Equal(39.99m, product.Price);
    }

    [Theory]
    [InlineData("<p>ISBN: 0-306-40615-2</p>", "9780306406157")]
    [InlineData("<div class=\"product\" data-ean=\"4006381333931\"></div>", "4006381333931")]
    public void Extract_IsbnTenOrGtinDataAttribute_IsTheGtin13(string snippet, string expected)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span>{snippet}"), url: PlainUrl);

        Assert.Equal(expected, product.Gtin);
    }

    [Fact]
    public void Extract_ProductTableWithACodeUnderAGtinLabel_CodeIsTheSkuNotAGtin()
    {
        var table = "<table class=\"table table-striped\"><tr><th>UPC</th><td>a897fe39b1053632</td></tr><tr><th>Product Type</th><td>Books</td></tr>"
                    + "<tr><th>Availability</th><td>In stock (22 available)</td></tr><tr><th>Number of reviews</th><td>0</td></tr></table>";

        var product = Snippet.Product(Snippet.BuyBox($"<p class=\"price_color\">£51.77</p><p class=\"star-rating Three\"></p>{table}"), url: PlainUrl);

        Assert.Equal("a897fe39b1053632", product.Sku);
        Assert.Null(product.Gtin);
        Assert.Equal(22, product.StockQuantity);
        Assert.Equal(Availability.InStock, product.Availability);
        Assert.Equal(3m, product.Rating);
        Assert.Equal(51.77m, product.Price);
    }
}
