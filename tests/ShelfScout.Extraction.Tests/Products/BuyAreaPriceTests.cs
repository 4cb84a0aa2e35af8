namespace ShelfScout.Extraction.Tests.Products;

/// <summary>The price of the buy area: letters of a name or a share are no price; the buy form's chosen variant states one.</summary>
public sealed class BuyAreaPriceTests
{
    [Theory]
    [InlineData("<ul><li>RPM Mesh 0.4Ohm DTL Coil</li></ul>")] // "DT" inside "DTL"
    [InlineData("<p>SMOK V8 Baby Coil Family</p>")] // "SM" inside "SMOK"
    [InlineData("<ul><li>Purple Light: 70 %</li></ul>")]
    public void Price_LettersOfANameOrAShare_AreNoPrice(string body)
    {
        var reading = Snippet.Read($"<main><h1>Blue Kettle</h1><p class=\"price\">Check in-store for pricing</p>{body}</main>");
        Assert.Null(reading.Extraction.Product?.Price);
    }

    [Theory]
    [InlineData("R959", 959)]
    [InlineData("kr 100", 100)]
    public void Price_LetterSignBesideDigits_IsAPrice(string shown, decimal expected)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<span class=\"price\">{shown}</span>"));
        Assert.Equal(expected, product.Price);
    }

    [Fact]
    public void Price_OnlyAFromPrice_TakesTheSelectedVariantsPrice()
    {
        var product = Snippet.Product(
            "<main><h1>Blue Kettle</h1><ul><li><small>From</small> <span>$4.25</span></li></ul>"
            + "<form action=\"/cart/add\"><select name=\"id\"><option value=\"1\">1 l - $3.99 USD</option><option selected value=\"2\">2 l - $4.25 USD</option></select>"
            + "<button type=\"submit\">Add to cart</button></form></main>");
        Assert.Equal(4.25m, product.Price);
    }

    [Fact]
    public void Price_ShownPriceStandsOut_SelectDoesNotOverrideIt()
    {
        var product = Snippet.Product(Snippet.BuyBox(
            "<span class=\"price\">$5.00</span><form><select name=\"id\"><option selected>Small - $4.00</option></select><button type=\"submit\">Add to cart</button></form>"));
        Assert.Equal(5.00m, product.Price);
    }
}
