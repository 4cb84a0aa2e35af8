using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Tests.Products;

public class AvailabilityHeuristicsTests
{
    [Theory]
    [InlineData("Sold out")]
    [InlineData("Ausverkauft")]
    [InlineData("Agotado")]
    [InlineData("Esaurito")]
    [InlineData("Rupture de stock")]
    [InlineData("Нет в наличии")]
    public void Extract_OutOfStockTextInBuyBox_IsOutOfStock(string status)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span><p class=\"stock\">{status}</p>"));

        Assert.Equal(Availability.OutOfStock, product.Availability);
    }

    [Theory]
    [InlineData("Add to cart")]
    [InlineData("In den Warenkorb")]
    [InlineData("Ajouter au panier")]
    public void Extract_WorkingBuyButton_IsInStock(string label)
    {
        var product = Snippet.Product(Snippet.BuyBox($"<span class=\"price\">€10,00</span><button type=\"submit\">{label}</button>"));

        Assert.Equal(Availability.InStock, product.Availability);
    }

    [Fact]
    public void Extract_OnlyFewLeft_GivesLimitedAvailabilityAndQuantity()
    {
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">$5.00</span><span class=\"stock-level\">Only 3 left</span>"));

        Assert.Equal(Availability.LimitedAvailability, product.Availability);
        Assert.Equal(3, product.StockQuantity);
    }

    [Fact]
    public void Extract_DisabledBuyButtonWithoutVariants_IsOutOfStock()
    {
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">$5.00</span><button disabled>Add to cart</button>"));

        Assert.Equal(Availability.OutOfStock, product.Availability);
    }

    [Fact]
    public void Extract_BuyButtonDisabledUntilSizeChosen_IsNotOutOfStock()
    {
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">$5.00</span><ul class=\"size-selector\"><li>S</li><li>M</li></ul><button disabled>Add to cart</button>"));

        Assert.NotEqual(Availability.OutOfStock, product.Availability);
    }

    [Fact]
    public void Extract_MarkupSaysOutOfStockButThePageSellsIt_IsNotOutOfStock()
    {
        // A stale cache or a template default: the visible page has a working cart button and says nothing unbuyable.
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","offers":{"@type":"Offer","price":"10","priceCurrency":"EUR","availability":"https://schema.org/OutOfStock"}}</script>""";
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span><button type=\"submit\">Add to cart</button>"), head);

        Assert.Equal(Availability.InStock, product.Availability);
    }

    [Fact]
    public void Extract_MarkupSaysOutOfStockAndThePageSaysNothing_IsOutOfStock()
    {
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","offers":{"@type":"Offer","price":"10","priceCurrency":"EUR","availability":"https://schema.org/OutOfStock"}}</script>""";
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span>"), head);

        Assert.Equal(Availability.OutOfStock, product.Availability);
    }

    [Fact]
    public void Extract_MarkupAndPageBothSayOutOfStock_IsOutOfStock()
    {
        var head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","offers":{"@type":"Offer","price":"10","priceCurrency":"EUR","availability":"https://schema.org/OutOfStock"}}</script>""";
        var extraction = Snippet.Extract(Snippet.BuyBox("<span class=\"price\">€10,00</span><span class=\"availability\">Currently unavailable</span>"), head);

        Assert.Equal(Availability.OutOfStock, extraction.Product!.Availability);
    }

    [Fact]
    public void Extract_UnavailableDeliveryOption_DoesNotMakeProductOutOfStock()
    {
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span><button>Add to basket</button><p>Next-day delivery not available</p>"));

        Assert.Equal(Availability.InStock, product.Availability);
    }

    [Fact]
    public void Extract_OutOfStockTextHiddenByInlineStyle_IsIgnored()
    {
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span><button>Add to basket</button><p style=\"display: none\">Sold out</p>"));

        Assert.Equal(Availability.InStock, product.Availability);
    }

    [Fact]
    public void Extract_SoldOutBadgesOnRelatedProductTiles_DoNotMakeProductOutOfStock()
    {
        var tiles = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<li class=\"card\"><a href=\"/p/other-{i}\">Other {i}</a><span class=\"badge\">Sold out</span><span class=\"price\">€{i}9,00</span></li>"));
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span><button>Add to cart</button>") + $"<ul>{tiles}</ul>");

        Assert.Equal(Availability.InStock, product.Availability);
        Assert.Equal(10.00m, product.Price);
    }
}
