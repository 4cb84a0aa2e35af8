using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Tests.Products;

/// <summary>What shoppers wrote (reviews, questions) is no stock status of the product.</summary>
public sealed class ShopperWritingStockTests
{
    [Theory]
    [InlineData("<div id=\"product-reviews\"><div class=\"rev-body\"><p>I tried buying a few for gifts but they're sold out here. So good.</p></div></div>")]
    [InlineData("<ol class=\"commentlist\"><li class=\"comment\"><div><p>Out of stock at my local shop, glad I found it here.</p></div></li></ol>")]
    public void Availability_SoldOutInAReview_LeavesTheBuyButtonsWord(string reviews)
    {
        var product = Snippet.Product(
            "<main><h1>Blue Kettle</h1><span class=\"price\">$4.25</span><form action=\"/cart/add\"><button type=\"submit\">Add to cart</button></form>"
            + reviews + "</main>");
        Assert.Equal(Availability.InStock, product.Availability);
    }

    [Fact]
    public void Availability_ProductBlockNamedForReviews_StillReadsItsStatus()
    {
        // A container holding the heading is the product's, whatever its class says.
        var product = Snippet.Product(
            "<main><div class=\"product reviews-enabled\"><h1>Blue Kettle</h1><span class=\"price\">$4.25</span><p class=\"stock\">Sold out</p></div></main>");
        Assert.Equal(Availability.OutOfStock, product.Availability);
    }

    [Fact]
    public void Title_AReviewHeadingEchoingTheName_IsNotTheProductHeading()
    {
        var product = Snippet.Read(
            "<main><h1 class=\"h2\">Ghost Pepper Brisket Jerky</h1><span class=\"price\">$4.25</span><form action=\"/cart/add\"><button type=\"submit\">Add to cart</button></form>"
            + "<div id=\"shop-reviews\"><div class=\"rev\"><b class=\"rev-title\">Ghost pepper</b><p>They're sold out here, so I order online.</p></div></div></main>",
            title: "Ghost Pepper Jerky | Shop").Extraction.Product!;
        Assert.Equal("Ghost Pepper Brisket Jerky", product.Name);
        Assert.Equal(4.25m, product.Price);
        Assert.Equal(Availability.InStock, product.Availability);
    }
}
