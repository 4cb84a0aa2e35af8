using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Tests.Products;

/// <summary>
/// Stock from what decides whether the product can be bought: the product form's variant choices, the storefront's
/// cart data (per-variant <c>available</c>), and the stock class WooCommerce puts on the product's container.
/// </summary>
public class PurchaseStateTests
{
    private const string InStockMarkup = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","offers":{"@type":"Offer","price":"10","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script>""";
    private const string OutOfStockMarkup = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","offers":{"@type":"Offer","price":"10","priceCurrency":"EUR","availability":"https://schema.org/OutOfStock"}}</script>""";
    private static readonly Uri ProductUrl = new("https://shop.example/products/blue-kettle");

    [Fact]
    public void Extract_EveryVariantOptionDisabledAndSoldOut_IsOutOfStockDespiteAnEnabledButton()
    {
        // The theme prints the options from the cart data; its script disables the button on load (not run here).
        var form = "<form action=\"/cart/add\"><select name=\"id\"><option disabled=\"disabled\">Default Title - Sold Out</option></select><button type=\"submit\">Add to cart</button></form>";

        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span>" + form), OutOfStockMarkup);

        Assert.Equal(Availability.OutOfStock, product.Availability);
    }

    [Fact]
    public void Extract_OneVariantOptionStillBuyable_IsInStock()
    {
        var form = "<form action=\"/cart/add\"><select name=\"id\"><option value=\"1\" disabled>Small - Sold out</option><option value=\"2\">Large</option></select><button type=\"submit\">Add to cart</button></form>";

        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span>" + form));

        Assert.Equal(Availability.InStock, product.Availability);
    }

    [Fact]
    public void Extract_PlaceholderOptionIsNoChoice_OtherOptionsAllSoldOut_IsOutOfStock()
    {
        var form = "<form class=\"cart\"><select name=\"attribute_size\"><option value=\"\">Choose an option</option><option value=\"s\">S (sold out)</option><option value=\"m\" disabled>M</option></select><button type=\"submit\">Add to cart</button></form>";

        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span>" + form), OutOfStockMarkup);

        Assert.Equal(Availability.OutOfStock, product.Availability);
    }

    [Fact]
    public void Extract_QuantitySelectWithDisabledOptions_SaysNothingAboutStock()
    {
        var form = "<form><select name=\"quantity\"><option disabled>0</option></select><button type=\"submit\">Add to cart</button></form>";

        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span>" + form));

        Assert.Equal(Availability.InStock, product.Availability);
    }

    [Fact]
    public void Extract_StorefrontJsonSaysNoVariantAvailable_IsOutOfStockOverMarkupAndButton()
    {
        var head = InStockMarkup + """
            <script type="application/json" id="ProductJson">{"id":1,"handle":"blue-kettle","title":"Blue Kettle","available":false,"variants":[
              {"id":101,"title":"Small","sku":"BK-S","available":false,"price":1000},
              {"id":102,"title":"Large","sku":"BK-L","available":false,"price":1000}]}</script>
            """;

        var extraction = Snippet.Extract(Snippet.BuyBox("<span class=\"price\">€10,00</span><button type=\"submit\">Add to cart</button>"), head, ProductUrl);

        Assert.Equal(Availability.OutOfStock, extraction.Product!.Availability);
        Assert.Equal("variant", extraction.Sources["availability"]);
    }

    [Fact]
    public void Extract_SingleVariantStorefrontJsonUnavailable_IsOutOfStock()
    {
        var head = """
            <script type="application/json">{"id":1,"handle":"blue-kettle","title":"Blue Kettle","variants":[{"id":101,"title":"Default Title","sku":"","available":false,"price":1000}]}</script>
            """;

        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span><button type=\"submit\">Add to cart</button>"), head, ProductUrl);

        Assert.Equal(Availability.OutOfStock, product.Availability);
    }

    [Fact]
    public void Extract_AnotherProductsStorefrontJsonUnavailable_DoesNotMakeThisOneOutOfStock()
    {
        // A recommendation or cart-drawer object: neither its handle nor its title is this page's product.
        var head = """
            <script type="application/json">{"id":9,"handle":"red-teapot","title":"Red Teapot","variants":[{"id":901,"title":"Default Title","sku":"RT","available":false,"price":1000}]}</script>
            """;

        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span><button type=\"submit\">Add to cart</button>"), head, ProductUrl);

        Assert.Equal(Availability.InStock, product.Availability);
    }

    [Theory]
    [InlineData("101", Availability.OutOfStock)]
    [InlineData("102", Availability.InStock)]
    public void Extract_SelectedVariantInUrl_DecidesTheProductsState(string selected, Availability expected)
    {
        var head = """
            <script type="application/json">{"id":1,"handle":"blue-kettle","title":"Blue Kettle","variants":[
              {"id":101,"title":"Small","sku":"BK-S","available":false,"price":1000},
              {"id":102,"title":"Large","sku":"BK-L","available":true,"price":1000}]}</script>
            """;
        var url = new Uri($"https://shop.example/products/blue-kettle?variant={selected}");

        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span><button type=\"submit\">Add to cart</button>"), head, url);

        Assert.Equal(expected, product.Availability);
    }

    [Fact]
    public void Extract_WooCommerceVariationsAllOutOfStock_IsOutOfStock()
    {
        var variations = """[{"attributes":{"attribute_pa_size":"small"},"display_price":10,"is_in_stock":false,"sku":"BK-S","variation_id":11},{"attributes":{"attribute_pa_size":"large"},"display_price":10,"is_in_stock":false,"sku":"BK-L","variation_id":12}]""";
        var body = Snippet.BuyBox($"<span class=\"price\">€10,00</span><form class=\"variations_form cart\" data-product_variations=\"{System.Net.WebUtility.HtmlEncode(variations)}\"><button type=\"submit\">Add to cart</button></form>");

        var product = Snippet.Product(body, InStockMarkup);

        Assert.Equal(Availability.OutOfStock, product.Availability);
    }

    [Fact]
    public void Extract_WooCommerceOutOfStockContainerClass_BacksOutOfStockMarkup()
    {
        var body = "<main><div id=\"product-7\" class=\"product type-product post-7 status-publish outofstock product-type-simple\"><div class=\"summary\"><h1 class=\"product_title\">Blue Kettle</h1><p class=\"price\">€10,00</p></div></div></main>";

        var product = Snippet.Product(body, OutOfStockMarkup);

        Assert.Equal(Availability.OutOfStock, product.Availability);
    }

    [Fact]
    public void Extract_OutOfStockClassOnARelatedProductTile_SaysNothingAboutThisProduct()
    {
        var body = "<main><div class=\"product type-product post-7 instock\"><h1 class=\"product_title\">Blue Kettle</h1><p class=\"price\">€10,00</p>"
                   + "<ul class=\"products related\"><li class=\"product type-product post-8 outofstock\"><a href=\"/product/red-teapot\"><h2>Red Teapot</h2><span class=\"price\">€12,00</span></a></li></ul></div></main>";

        var product = Snippet.Product(body, OutOfStockMarkup);

        Assert.Equal(Availability.InStock, product.Availability);
    }

    [Fact]
    public void Extract_DisabledBuyButtonAgainstInStockMarkup_ThePageWins()
    {
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span><input type=\"submit\" value=\"Add to cart\" disabled>"), InStockMarkup);

        Assert.Equal(Availability.OutOfStock, product.Availability);
    }

    [Fact]
    public void Extract_BuyButtonDisabledUntilASizeIsSelected_IsNotOutOfStock()
    {
        var form = "<form><label for=\"size\">Size</label><select id=\"size\" name=\"size\"><option value=\"\">Choose</option><option value=\"s\">S</option><option value=\"m\">M</option></select><button type=\"submit\" disabled>Add to cart</button></form>";

        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span>" + form), InStockMarkup);

        Assert.Equal(Availability.InStock, product.Availability);
    }

    [Fact]
    public void Extract_BareVariantListNamedAfterTheProduct_NoneAvailable_IsOutOfStock()
    {
        // Themes that embed just the variant list for their picker script.
        var head = """
            <script type="application/json">[{"id":101,"title":"Small","name":"Blue Kettle - Small","available":false,"price":1000},
              {"id":102,"title":"Large","name":"Blue Kettle - Large","available":false,"price":1000}]</script>
            """;

        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span><button type=\"submit\">Add to cart</button>"), head + InStockMarkup);

        Assert.Equal(Availability.OutOfStock, product.Availability);
    }

    [Fact]
    public void Extract_UrlSelectsAnOutOfStockOffer_TheSelectedOfferSpeaksForThePage()
    {
        var head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle","offers":[
              {"@type":"Offer","price":"10","priceCurrency":"EUR","url":"/products/blue-kettle?variant=1","availability":"https://schema.org/InStock"},
              {"@type":"Offer","price":"10","priceCurrency":"EUR","url":"/products/blue-kettle?variant=2","availability":"https://schema.org/OutOfStock"}]}</script>
            """;
        var url = new Uri("https://shop.example/products/blue-kettle?variant=2");

        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span><span class=\"badge\">Sold out</span>"), head, url);

        Assert.Equal(Availability.OutOfStock, product.Availability);
    }

    [Fact]
    public void Extract_LoneDisabledPromptOption_SaysNothingAboutStock()
    {
        // Options a script fills in later: the prompt is disabled, nothing is sold out.
        var form = "<form><select name=\"size\"><option disabled selected>Select a size</option></select><button type=\"submit\">Add to cart</button></form>";

        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span>" + form), InStockMarkup);

        Assert.Equal(Availability.InStock, product.Availability);
    }

    [Fact]
    public void Extract_RelatedProductJsonWithALongerName_DoesNotSpeakForThisProduct()
    {
        var head = """
            <script type="application/json">{"id":9,"handle":"blue-kettle-deluxe","title":"Blue Kettle Deluxe","variants":[{"id":901,"title":"Default Title","name":"Blue Kettle Deluxe","available":false,"price":1000}]}</script>
            """;

        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span><button type=\"submit\">Add to cart</button>"), head + InStockMarkup, ProductUrl);

        Assert.Equal(Availability.InStock, product.Availability);
    }

    [Fact]
    public void Extract_ButtonDisabledUntilScriptsLoad_WithAnInStockLine_IsInStock()
    {
        var body = Snippet.BuyBox("<span class=\"price\">€10,00</span><div class=\"stock available\"><span>In stock</span></div><button type=\"submit\" disabled>Add to cart</button>");

        var product = Snippet.Product(body, InStockMarkup);

        Assert.Equal(Availability.InStock, product.Availability);
    }
}
