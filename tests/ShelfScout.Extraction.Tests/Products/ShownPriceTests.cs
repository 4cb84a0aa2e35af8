namespace ShelfScout.Extraction.Tests.Products;

/// <summary>The price a buyer is shown: markup without tax or unrounded gives way to it; code-shaped words are no currency.</summary>
public sealed class ShownPriceTests
{
    private static string Ld(string price) => "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Blue Kettle\",\"offers\":{\"@type\":\"Offer\",\"price\":\"" + price + "\",\"priceCurrency\":\"EUR\"}}</script>";

    [Theory]
    [InlineData("150", "180.00")] // markup without 20% VAT
    [InlineData("194.004001", "194.00")] // markup unrounded
    [InlineData("100.84", "120.00")] // 19% VAT
    public void Price_MarkupNetOrUnrounded_ShownPriceWins(string markup, string shown)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€{shown}</span><button type=\"submit\">Add to cart</button>"), Ld(markup));
        Assert.Equal(decimal.Parse(shown, System.Globalization.CultureInfo.InvariantCulture), product.Price);
    }

    [Fact]
    public void Price_MarkupOtherThanShown_IsNotRewritten()
    {
        // 150 against 200 is no tax rate: the vote decides as before, the shown price is not forced.
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€200.00</span>"), Ld("150"));
        Assert.NotNull(product.Price);
    }

    [Theory]
    [InlineData("<ul><li>MTL-DC .8 ohm</li><li>Mesh MTL .8 ohm</li></ul>")]
    [InlineData("<p>iJOY INR 26650</p>")]
    public void Price_CurrencyCodeInsideAName_IsNoPrice(string body)
    {
        var reading = Snippet.Read($"<main><h1>Blue Kettle</h1><form><select name=\"size\"><option>S</option><option>M</option></select></form>{body}</main>");
        Assert.Null(reading.Extraction.Product!.Price);
    }

    [Fact]
    public void Price_CodeAloneBesideAmount_IsAPrice()
    {
        var product = Snippet.Product(Snippet.BuyBox("<span>USD 10.00</span>"));
        Assert.Equal(10.00m, product.Price);
    }

    [Fact]
    public void Price_LetterCurrencySignBesideLabel_KeepsTheStruckListPrice()
    {
        // "R" (rand), "kr", "zł" are signs written in letters, not codes inside a name: the labelled list price stands.
        var product = Snippet.Product(Snippet.BuyBox(
            "<div><s><span>Regular price</span> R 1 069,00</s> <ins><span>Sale price</span> <span>R 959,99</span></ins></div>"));
        Assert.Equal(959.99m, product.Price);
        Assert.Equal(1069.00m, product.RegularPrice);
    }
}
