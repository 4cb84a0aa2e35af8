using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Tests.Products;

public class PriceHeuristicsTests
{
    [Fact]
    public void Extract_CurrentPriceBesideStruckListPrice_ReportsBoth()
    {
        var product = Snippet.Product(Snippet.BuyBox("<del class=\"price\">€49,99</del> <span class=\"price\">€39,99</span><button>Add to cart</button>"));

        Assert.Equal(39.99m, product.Price);
        Assert.Equal(49.99m, product.RegularPrice);
        Assert.Equal("EUR", product.Currency);
    }

    [Fact]
    public void Extract_ListPriceNamedOldInClass_IsNotTheCurrentPrice()
    {
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"old-price\">£30.00</span><span class=\"special-price\">£24.00</span>"));

        Assert.Equal(24.00m, product.Price);
        Assert.Equal(30.00m, product.RegularPrice);
    }

    [Fact]
    public void Extract_RelatedProductsCarousel_DoesNotGiveThePrice()
    {
        var body = Snippet.BuyBox("<span class=\"price\">$19.95</span>")
                   + "<section class=\"related-products\">" + string.Concat(Enumerable.Range(1, 6).Select(i =>
                       $"<a href=\"/p/other-{i}\"><h3>Other {i}</h3><span class=\"price\">${i}9.00</span></a>")) + "</section>";

        Assert.Equal(19.95m, Snippet.Product(body).Price);
    }

    [Theory]
    [InlineData("<span class=\"price\">€2,49 / kg</span>")]
    [InlineData("<span class=\"price\">12x de R$ 10,00</span>")]
    [InlineData("<span class=\"price\">from $4.99/mo</span>")]
    public void Extract_UnitOrInstalmentFigureFirst_MainPriceStillWins(string distractor)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<div>{distractor}</div><div><span class=\"price\">€120,00</span></div>"));

        Assert.Equal(120.00m, product.Price);
    }

    [Fact]
    public void Extract_PriceSplitOverSpans_IsReadAsOneNumber()
    {
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\"><span>€</span><span>119</span><sup>,01</sup></span>"));

        Assert.Equal(119.01m, product.Price);
    }

    [Fact]
    public void Extract_MarkupGivesTheStruckListPrice_VisibleLowerPriceWins()
    {
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","offers":{"@type":"Offer","price":"219.99","priceCurrency":"EUR"}}</script>""";
        var extraction = Snippet.Extract(Snippet.BuyBox("<s class=\"price\">EUR219.99</s> <span class=\"price\">EUR110.00</span>"), head);

        Assert.Equal(110.00m, extraction.Product!.Price);
        Assert.Equal("dom", extraction.Sources["price"]);
    }

    [Fact]
    public void Extract_JsonLdAndVisiblePriceAgree_PriceFromMarkup()
    {
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","sku":"BK-1","offers":{"@type":"Offer","price":"39.99","priceCurrency":"GBP","availability":"https://schema.org/InStock"}}</script>""";
        var extraction = Snippet.Extract(Snippet.BuyBox("<span class=\"price\">£39.99</span>"), head);

        Assert.Equal(39.99m, extraction.Product!.Price);
        Assert.Equal("GBP", extraction.Product.Currency);
        Assert.Equal("jsonld", extraction.Sources["price"]);
    }

    [Fact]
    public void Extract_NothingPriceLikeNearTheTitle_NoPriceAndNotAProductPage()
    {
        var extraction = Snippet.Extract("<main><h1>About us</h1><p>We were founded in 1999 and have 12 shops.</p></main>");

        Assert.False(extraction.IsProductPage);
        Assert.Null(extraction.Product);
    }

    [Fact]
    public void Extract_PriceFollowedByAnotherNumber_ReadsOnlyThePrice()
    {
        var product = Snippet.Product(Snippet.BuyBox("<div class=\"estimate\">Estimate $300 - $500</div><div class=\"current-bid\"><span>$200</span> <span>2 bids</span></div>"));

        Assert.Equal(200m, product.Price);
    }
}
