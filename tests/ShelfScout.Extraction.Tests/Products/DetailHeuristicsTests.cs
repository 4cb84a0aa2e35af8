namespace ShelfScout.Extraction.Tests.Products;

public class DetailHeuristicsTests
{
    [Fact]
    public void Extract_StarWidgetAsWidth_GivesRatingAndReviewCount()
    {
        var product = Snippet.Product(Snippet.BuyBox(
            "<div class=\"rating\"><div class=\"stars-fill\" style=\"width: 90%\"></div></div><a class=\"review-link\">128 reviews</a><span class=\"price\">€10,00</span>"));

        Assert.Equal(4.5m, product.Rating);
        Assert.Equal(128, product.ReviewCount);
    }

    [Fact]
    public void Extract_StarWidgetAriaLabel_GivesRating()
    {
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"rating\" aria-label=\"4,3 von 5 Sternen\"></span><span class=\"price\">€10,00</span>"));

        Assert.Equal(4.3m, product.Rating);
    }

    [Fact]
    public void Extract_TitleIsTheHeadingNamedLikeThePage_NotAReviewHeading()
    {
        var body = "<main><h1 class=\"review-title\">Great value</h1><div class=\"product\"><h1>Blue Kettle 1.7 L</h1><span class=\"price\">€10,00</span></div></main>";
        var product = Snippet.Product(body, "<meta property=\"og:title\" content=\"Blue Kettle 1.7 L\">");

        Assert.Equal("Blue Kettle 1.7 L", product.Name);
    }

    [Fact]
    public void Extract_GalleryAndOgImage_AreAbsoluteImageUrls()
    {
        var product = Snippet.Product(
            Snippet.BuyBox("<div class=\"product-gallery\"><img src=\"/img/kettle-1.jpg\" alt=\"Blue Kettle\"><img src=\"/img/kettle-2.jpg\"></div><span class=\"price\">€10,00</span>"),
            "<meta property=\"og:image\" content=\"https://cdn.shop.example/kettle-main.jpg\">");

        Assert.Contains("https://cdn.shop.example/kettle-main.jpg", product.Images);
        Assert.Contains("https://shop.example/img/kettle-1.jpg", product.Images);
    }

    [Fact]
    public void Extract_BreadcrumbNav_GivesTrailWithoutHomeOrProduct()
    {
        var body = "<nav aria-label=\"breadcrumb\"><ol><li><a href=\"/\">Home</a></li><li><a href=\"/kitchen\">Kitchen</a></li><li><a href=\"/kitchen/kettles\">Kettles</a></li><li>Blue Kettle</li></ol></nav>"
                   + Snippet.BuyBox("<span class=\"price\">€10,00</span>");

        Assert.Equal(["Kitchen", "Kettles"], Snippet.Product(body).Breadcrumbs);
    }

    [Fact]
    public void Extract_ListingOfManyProducts_IsNotAProductPage()
    {
        var tiles = string.Concat(Enumerable.Range(1, 12).Select(i => $"<li><a href=\"/p/kettle-{i}\"><h3>Kettle {i}</h3><span class=\"price\">€{i}0,00</span></a></li>"));
        var extraction = Snippet.Extract($"<main><h2>Kettles</h2><ul>{tiles}</ul></main>", url: new Uri("https://shop.example/c/kettles"));

        Assert.False(extraction.IsProductPage);
    }
}
