using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Html;
using ShelfScout.Extraction.Products;
using ShelfScout.Extraction.Tests.Pricing;

namespace ShelfScout.Extraction.Tests.Products;

/// <summary>Variants from schema.org ProductGroup/offer lists and from the product JSON storefronts embed.</summary>
public class VariantTests
{
    [Fact]
    public void Extract_ProductGroupWithVariants_ListsEachVariant()
    {
        var head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"ProductGroup","name":"Blue Kettle","productGroupID":"BK",
              "hasVariant":[
                {"@type":"Product","name":"Blue Kettle 1 L","sku":"BK-1","size":"1 L","offers":{"@type":"Offer","price":"29.99","priceCurrency":"EUR","availability":"https://schema.org/OutOfStock"}},
                {"@type":"Product","name":"Blue Kettle 1.7 L","sku":"BK-17","size":"1.7 L","offers":{"@type":"Offer","price":"39.99","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}]}</script>
            """;

        var product = Snippet.Product("<main><h1>Blue Kettle</h1></main>", head);

        Assert.Equal(2, product.Variants.Count);
        Assert.Equal(["BK-1", "BK-17"], product.Variants.Select(v => v.Sku));
        Assert.Equal(["1 L"], product.Variants[0].Options);
        Assert.Equal(29.99m, product.Variants[0].Price);
        Assert.Equal(Availability.OutOfStock, product.Variants[0].Availability);
        Assert.Equal(Availability.InStock, product.Variants[1].Availability);
        Assert.Equal(39.99m, product.Price);
        Assert.Equal(Availability.InStock, product.Availability);
    }

    [Fact]
    public void Extract_OffersNamingDifferentSkus_AreVariants()
    {
        var head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Blue Kettle",
              "offers":[{"@type":"Offer","sku":"BK-1","name":"1 L","price":"29.99","priceCurrency":"GBP","availability":"https://schema.org/InStock"},
                        {"@type":"Offer","sku":"BK-17","name":"1.7 L","price":"39.99","priceCurrency":"GBP","availability":"https://schema.org/SoldOut"}]}</script>
            """;

        var product = Snippet.Product("<main><h1>Blue Kettle</h1></main>", head);

        Assert.Equal(["BK-1", "BK-17"], product.Variants.Select(v => v.Sku));
        Assert.Equal(["1 L", "1.7 L"], product.Variants.Select(v => v.Name));
        Assert.Equal([29.99m, 39.99m], product.Variants.Select(v => v.Price!.Value));
    }

    [Fact]
    public void Extract_StorefrontProductJson_ReadsVariantsInMinorUnitsAndTheSelectedOne()
    {
        var head = """
            <script type="application/json" id="ProductJson-product">{"id":1,"title":"Blue Kettle","variants":[
              {"id":101,"title":"Small","option1":"Small","option2":null,"sku":"BK-S","available":false,"price":2999,"compare_at_price":null,"public_title":"Small"},
              {"id":102,"title":"Large","option1":"Large","option2":null,"sku":"BK-L","available":true,"price":3999,"compare_at_price":4999,"public_title":"Large"}]}</script>
            """;
        var url = new Uri("https://shop.example/products/blue-kettle?variant=102");

        var product = Snippet.Product("<main><h1>Blue Kettle</h1><span class=\"price\">£39.99</span></main>", head, url);

        Assert.Equal(2, product.Variants.Count);
        Assert.Equal(29.99m, product.Variants[0].Price);
        Assert.Equal(39.99m, product.Variants[1].Price);
        Assert.Equal(["Small"], product.Variants[0].Options);
        Assert.Equal(Availability.OutOfStock, product.Variants[0].Availability);
        Assert.False(product.Variants[0].IsSelected);
        Assert.True(product.Variants[1].IsSelected);
    }

    [Fact]
    public void Extract_StorefrontJsonWithoutAPagePrice_ProductTakesTheFirstPurchasableVariant()
    {
        var head = """
            <script>var meta = {"product":{"id":1,"variants":[
              {"id":101,"title":"Small","option1":"Small","sku":"BK-S","available":false,"price":2999,"public_title":"Small"},
              {"id":102,"title":"Large","option1":"Large","sku":"BK-L","available":true,"price":3999,"public_title":"Large"}]}};</script>
            """;

        var product = Snippet.Product("<main><h1>Blue Kettle</h1><p class=\"price\">Choose a size</p></main>", head);

        Assert.Equal(39.99m, product.Price);
        Assert.Equal(Availability.InStock, product.Availability);
    }

    [Fact]
    public void Extract_WooCommerceVariationsForm_ListsEachVariation()
    {
        var variations = """[{"attributes":{"attribute_pa_size":"small"},"display_price":29.99,"is_in_stock":true,"is_purchasable":true,"sku":"BK-S","variation_id":11},{"attributes":{"attribute_pa_size":"large"},"display_price":39.5,"is_in_stock":false,"is_purchasable":true,"sku":"BK-L","variation_id":12}]""";
        var body = $"<main><h1>Blue Kettle</h1><span class=\"price\">€29,99</span><form class=\"variations_form cart\" data-product_variations=\"{System.Net.WebUtility.HtmlEncode(variations)}\"><select name=\"attribute_pa_size\"><option>small</option><option>large</option></select></form></main>";

        var product = Snippet.Product(body);

        Assert.Equal(["BK-S", "BK-L"], product.Variants.Select(v => v.Sku));
        Assert.Equal(["small", "large"], product.Variants.Select(v => v.Name));
        Assert.Equal([29.99m, 39.5m], product.Variants.Select(v => v.Price!.Value));
        Assert.Equal([Availability.InStock, Availability.OutOfStock], product.Variants.Select(v => v.Availability));
    }

    [Fact]
    public void Extract_SingleProductWithoutVariants_HasNone()
    {
        var product = Snippet.Product(Snippet.BuyBox("<span class=\"price\">€10,00</span>"));

        Assert.Empty(product.Variants);
    }

    [Fact]
    public void Extract_StorefrontProductJson_ReadsCompareAtPriceAndTrackedInventoryPerVariant()
    {
        var head = """
            <script type="application/json" id="ProductJson-product">{"id":1,"title":"Blue Kettle","variants":[
              {"id":101,"title":"Small","option1":"Small","sku":"BK-S","available":true,"price":2999,"compare_at_price":3999,"inventory_management":"shopify","inventory_quantity":7,"public_title":"Small"},
              {"id":102,"title":"Large","option1":"Large","sku":"BK-L","available":true,"price":3999,"compare_at_price":null,"inventory_management":null,"inventory_quantity":0,"public_title":"Large"},
              {"id":103,"title":"Huge","option1":"Huge","sku":"BK-H","available":false,"price":4999,"compare_at_price":0,"inventory_management":"shopify","inventory_quantity":0,"public_title":"Huge"}]}</script>
            """;
        var url = new Uri("https://shop.example/products/blue-kettle?variant=101");

        var product = Snippet.Product("<main><h1>Blue Kettle</h1><span class=\"price\">£29.99</span></main>", head, url);

        Assert.Equal([39.99m, null, null], product.Variants.Select(v => v.RegularPrice));
        // Untracked inventory (inventory_management null) states no count; a tracked sold-out variant has none left.
        Assert.Equal([7, null, 0], product.Variants.Select(v => v.StockQuantity));
        Assert.Equal(7, product.StockQuantity);
    }

    [Fact]
    public void Extract_WooCommerceVariations_ReadRegularPriceAndTheStockLine()
    {
        var variations = """[{"attributes":{"attribute_pa_size":"small"},"display_price":29.99,"display_regular_price":34.99,"is_in_stock":true,"availability_html":"<p class=\"stock in-stock\">5 in stock</p>","max_qty":5,"sku":"BK-S","variation_id":11},{"attributes":{"attribute_pa_size":"large"},"display_price":39.5,"display_regular_price":39.5,"is_in_stock":true,"availability_html":"","max_qty":"","sku":"BK-L","variation_id":12}]""";
        var body = $"<main><h1>Blue Kettle</h1><span class=\"price\">€29,99</span><form class=\"variations_form cart\" data-product_variations=\"{System.Net.WebUtility.HtmlEncode(variations)}\"><select name=\"attribute_pa_size\"><option>small</option><option>large</option></select></form></main>";

        var product = Snippet.Product(body);

        Assert.Equal([34.99m, null], product.Variants.Select(v => v.RegularPrice));
        Assert.Equal([5, null], product.Variants.Select(v => v.StockQuantity));
    }

    [Fact]
    public void Extract_ProductGroupOffers_ReadListPriceSpecificationAndInventoryLevel()
    {
        var head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"ProductGroup","name":"Blue Kettle",
              "hasVariant":[
                {"@type":"Product","name":"Blue Kettle 1 L","sku":"BK-1","offers":{"@type":"Offer","price":"29.99","priceCurrency":"EUR","availability":"https://schema.org/InStock",
                  "inventoryLevel":{"@type":"QuantitativeValue","value":"12"},
                  "priceSpecification":[{"@type":"UnitPriceSpecification","price":"29.99","priceCurrency":"EUR"},{"@type":"UnitPriceSpecification","priceType":"https://schema.org/ListPrice","price":"39.99","priceCurrency":"EUR"}]}},
                {"@type":"Product","name":"Blue Kettle 1.7 L","sku":"BK-17","offers":{"@type":"Offer","price":"39.99","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}]}</script>
            """;

        var product = Snippet.Product("<main><h1>Blue Kettle</h1></main>", head);

        Assert.Equal([39.99m, null], product.Variants.Select(v => v.RegularPrice));
        Assert.Equal([12, null], product.Variants.Select(v => v.StockQuantity));
    }
}
