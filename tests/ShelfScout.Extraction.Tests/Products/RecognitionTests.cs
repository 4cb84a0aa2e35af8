using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Tests.Products;

/// <summary>
/// <c>extract</c>'s reading: a page is a product page unless it is clearly a listing, a search page or an error page;
/// the fields are there even when the confidence is low, and the crawl's stricter <c>Extract</c> is unchanged.
/// </summary>
public sealed class RecognitionTests
{
    private const string NoPriceProduct = "<main><div class=\"summary\"><h1>Blue Kettle</h1><p class=\"price\"><span>Check in-store for pricing and availability</span></p><form><select name=\"size\"><option>1 l</option><option>2 l</option></select></form><p>A kettle.</p></div></main>";

    [Fact]
    public void Read_ProductWithoutPrice_IsProductPageWithLowConfidence()
    {
        var reading = Snippet.Read(NoPriceProduct);
        Assert.True(reading.Extraction.IsProductPage);
        Assert.Equal("Blue Kettle", reading.Extraction.Product!.Name);
        Assert.Contains("product heading", reading.Recognition.Evidence);
        Assert.InRange(reading.Recognition.Confidence, 0.01, 0.5);
    }

    [Fact]
    public void Extract_ProductWithoutPrice_KeepsTheStrictDecision()
    {
        var extraction = Snippet.Extract(NoPriceProduct);
        Assert.False(extraction.IsProductPage);
        Assert.Null(extraction.Product);
    }

    [Fact]
    public void Read_BuyArea_IsNamedInTheEvidence()
    {
        var reading = Snippet.Read(Snippet.BuyBox("<span class=\"price\">$10.00</span><form><select name=\"size\"><option>S</option><option>M</option></select><input type=\"number\" name=\"quantity\" value=\"1\"><button type=\"submit\">Add to cart</button></form>"));
        Assert.True(reading.Extraction.IsProductPage);
        Assert.Contains("buy control", reading.Recognition.Evidence);
        Assert.Contains("quantity input", reading.Recognition.Evidence);
        Assert.Contains("variant selector", reading.Recognition.Evidence);
        Assert.True(reading.Recognition.Confidence >= 0.7);
    }

    [Fact]
    public void Read_QuoteOnlyProduct_IsProductPage()
    {
        var reading = Snippet.Read("<main><h1>Industrial Pump X200</h1><button type=\"button\">Request a quote</button></main>", title: "Industrial Pump X200");
        Assert.True(reading.Extraction.IsProductPage);
        Assert.Contains("quote control", reading.Recognition.Evidence);
    }

    [Fact]
    public void Read_HeadingAlone_IsNotProductPage()
    {
        // A category hub or an about page: a heading and text, nothing of a product.
        var reading = Snippet.Read("<main><h1>Protein</h1><p>Discover our range.</p><ul><li><a href=\"/c/bars\">Bars</a></li></ul></main>", title: "Protein");
        Assert.False(reading.Extraction.IsProductPage);
        Assert.Null(reading.Extraction.Product);
    }

    [Fact]
    public void Read_ErrorPage_IsNotProductPage()
    {
        var reading = Snippet.Read("<main><h1>Page not found</h1><p>Sorry.</p></main>", title: "Page not found");
        Assert.False(reading.Extraction.IsProductPage);
        Assert.Contains(reading.Recognition.Evidence, e => e.StartsWith("error heading", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SearchUrlWithoutBuyArea_IsNotProductPage()
    {
        var reading = Snippet.Read("<main><h1>Results for kettle</h1><span class=\"price\">$10.00</span></main>", url: new Uri("https://shop.example/search?q=kettle"));
        Assert.False(reading.Extraction.IsProductPage);
        Assert.Contains("search page URL", reading.Recognition.Evidence);
    }

    [Fact]
    public void Read_ListingOfPricedTiles_IsNotProductPage()
    {
        var tiles = string.Concat(Enumerable.Range(1, 12).Select(i => $"<li><a href=\"/p/kettle-{i}\"><span>Kettle {i}</span> <span class=\"price\">${i}.00</span></a></li>"));
        var reading = Snippet.Read($"<main><ul>{tiles}</ul></main>", title: "Kettles");
        Assert.False(reading.Extraction.IsProductPage);
    }

    [Fact]
    public void Read_NotifyFormWithoutBuyButton_IsOutOfStock()
    {
        var reading = Snippet.Read(Snippet.BuyBox("<span class=\"price\">$10.00</span><form class=\"back-in-stock\"><label>Email me when available</label><input type=\"email\" name=\"email\"><button type=\"submit\">Send</button></form>"));
        Assert.Equal(Availability.OutOfStock, reading.Extraction.Product!.Availability);
        Assert.Contains("notify-me form", reading.Recognition.Evidence);
    }

    [Fact]
    public void Read_NotifyFormBesideVariantPicker_IsNotOutOfStock()
    {
        // The form waits for a sold-out size to be picked; the disabled button waits for any size.
        var reading = Snippet.Read(Snippet.BuyBox("<span class=\"price\">$10.00</span><form><select name=\"size\"><option>S</option><option>M</option></select><button type=\"submit\" disabled>Add to cart</button></form><form class=\"notify\"><input type=\"email\" name=\"email\"><button>Notify me</button></form>"));
        Assert.NotEqual(Availability.OutOfStock, reading.Extraction.Product!.Availability);
    }
}
