using ShelfScout.Extraction.Discovery;

namespace ShelfScout.Extraction.Tests.Discovery;

/// <summary>A grid of two cards counts only when they are pictured and priced: prices in any currency of the table count.</summary>
public sealed class CardPriceTests
{
    [Theory]
    [InlineData("Rp&nbsp;340.000", "Rp&nbsp;295.000")]
    [InlineData("RM 12.90", "RM 15.00")]
    [InlineData("₱1,299.00", "₱999.00")]
    [InlineData("S/ 45.90", "S/ 39.90")]
    [InlineData("349 Kč", "299 Kč")]
    public void Analyze_TwoCardCategoryPricedInAnotherCurrency_FindsBothProducts(string first, string second)
    {
        var document = Page.Body($"""
            <main><h1>Goggles</h1><div class="products">
              <div class="product"><a href="/product/blue-goggle/"><img src="/b.jpg" alt=""></a><p><a href="/product/blue-goggle/">Blue goggle</a></p><span class="price">{first}</span></div>
              <div class="product"><a href="/product/red-goggle/"><img src="/r.jpg" alt=""></a><p><a href="/product/red-goggle/">Red goggle</a></p><span class="price">{second}</span></div>
            </div></main>
            """, new Uri("https://shop.example.com/product-category/goggles/"));

        var listing = new ListingPageAnalyzer().Analyze(document, new Uri("https://shop.example.com/product-category/goggles/"), knownCategory: true);

        Assert.Equal("/product/blue-goggle/ /product/red-goggle/", Page.Paths(listing.ProductLinks));
    }
}
