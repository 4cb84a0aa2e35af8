namespace ShelfScout.Extraction.Tests.Products;

/// <summary>
/// Server templates indent inside the elements they print (<c>&lt;p class="price"&gt;£49.00⏎    ⏎  &lt;/p&gt;</c>): the
/// indentation is no text a shopper sees, so it does not make a price label too long to be one.
/// </summary>
public sealed class TemplateWhitespaceTests
{
    private static string Indent(int width) => "\n" + new string(' ', width) + "\n" + new string(' ', width) + "\n";

    [Fact]
    public void Price_IndentedInsideItsElement_IsRead()
    {
        var product = Snippet.Product(
            $"<main><div class=\"product\"><h1>Blue Kettle</h1><div class=\"prices\"><p class=\"price price--large\">£49.00{Indent(60)}</p>"
            + "<div class=\"reviews-summary\"><a href=\"#reviews\">Read all 64 reviews of this kettle</a></div></div>"
            + "<form><input name=\"quantity\" value=\"1\"><button type=\"submit\">Add to basket</button></form>"
            + "<p class=\"unit-price\">£73.00 per 100ml</p></div></main>");
        Assert.Equal(49.00m, product.Price);
    }

    [Fact]
    public void Price_SplitOverIndentedParts_IsOneFigure()
    {
        // "173<sup>34</sup> <span>Lei</span>" with the template's line breaks between the parts.
        var product = Snippet.Product(Snippet.BuyBox(
            $"<p class=\"product-new-price\">{Indent(36)}173<sup>34</sup> <span>Lei</span>{Indent(16)}</p><button type=\"submit\">Add to cart</button>"));
        Assert.Equal(173.34m, product.Price);
    }

    [Fact]
    public void Price_LongSentenceWithAFigure_IsStillNoPriceLabel()
    {
        // Collapsing whitespace does not make a paragraph short: its words still count.
        var reading = Snippet.Read(Snippet.BuyBox(
            "<form><input name=\"quantity\" value=\"1\"><button type=\"submit\">Add to cart</button></form><p>Order before noon and we deliver your kettle the same day for only £3.50 anywhere in the city.</p>"));
        Assert.NotNull(reading.Extraction.Product);
        Assert.Null(reading.Extraction.Product.Price);
    }
}
