namespace ShelfScout.Extraction.Tests.Products;

/// <summary>Review widgets that print each review's title as an h1: the product's heading is still the product's.</summary>
public sealed class ReviewHeadingTests
{
    private const string Head = "";

    private static string Reviews(string first) =>
        "<section class=\"product-reviews\"><div class=\"review\"><h1>" + first + "</h1><p>Lovely and warm, a great colour.</p></div>"
        + "<div class=\"review\"><h1>Great buy</h1><p>Very happy.</p></div></section>";

    [Fact]
    public void Title_ReviewH1EchoingTheName_IsNotTheProductHeading()
    {
        var reading = Snippet.Read(
            "<main><h1 class=\"product-header__title\">Northwind Faux Fur Throw, Platinum</h1><p class=\"price\">£150.00</p>"
            + "<form><input name=\"quantity\" value=\"1\"><button type=\"submit\">Add to basket</button></form>" + Reviews("Faux Throw") + "</main>",
            Head, title: "Northwind Faux Fur Throw at Northwind");
        Assert.Equal("Northwind Faux Fur Throw, Platinum", reading.Extraction.Product!.Name);
        Assert.Equal(150.00m, reading.Extraction.Product.Price);
    }

    [Fact]
    public void Title_ProductBlockNamedForReviews_BesideALogoH1_StaysTheProducts()
    {
        // The product's own block is called "reviews-enabled" and the header holds a logo h1: nothing is dropped.
        var reading = Snippet.Read(
            "<header><h1><a href=\"/\">Northwind</a></h1><nav><a href=\"/a\">A</a></nav></header>"
            + "<main><div class=\"product reviews-enabled\"><h1>Blue Kettle</h1><p class=\"price\">£15.00</p>"
            + "<form><button type=\"submit\">Add to basket</button></form>" + Reviews("Blue Kettle review") + "</div></main>");
        Assert.Equal("Blue Kettle", reading.Extraction.Product!.Name);
    }
}
