namespace ShelfScout.Extraction.Tests.Products;

/// <summary>
/// A buy box's identifier row ("SKU: 581204") can sit inside a wrapper named for the price, and its figure is then as
/// price-shaped as a bare amount: a figure the page labels as an identifier is never the price.
/// </summary>
public sealed class LabelledIdentifierPriceTests
{
    [Fact]
    public void Price_IdentifierRowInsideAPriceWrapper_IsNotThePrice()
    {
        var reading = Snippet.Read(Snippet.BuyBox(
            "<div class=\"price-box\"><span class=\"item-code\">SKU: 581204</span><span class=\"price-special\"></span></div>"
            + "<form><input name=\"quantity\" value=\"1\"><button type=\"submit\">Add to cart</button></form>"));
        Assert.Null(reading.Extraction.Product?.Price);
    }

    [Fact]
    public void Price_BesideAnIdentifierRow_IsStillRead()
    {
        var product = Snippet.Product(Snippet.BuyBox(
            "<div class=\"price-box\"><span class=\"item-code\">SKU: 581204</span></div><p class=\"price\">$58.12</p>"
            + "<form><input name=\"quantity\" value=\"1\"><button type=\"submit\">Add to cart</button></form>"));
        Assert.Equal(58.12m, product.Price);
    }
}
