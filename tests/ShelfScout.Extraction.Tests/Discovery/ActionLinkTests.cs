using ShelfScout.Extraction.Discovery;

namespace ShelfScout.Extraction.Tests.Discovery;

/// <summary>Basket, account and add-to-cart links are actions; products whose slugs merely contain those words are not.</summary>
public sealed class ActionLinkTests
{
    private static readonly Uri Listing = new("https://shop.example.com/c/hardware/");

    [Theory]
    [InlineData("https://shop.example.com/cart")]
    [InlineData("https://shop.example.com/cart/add?id=3")]
    [InlineData("https://shop.example.com/basket.php")]
    [InlineData("https://shop.example.com/customer/account/login/")]
    [InlineData("https://shop.example.com/c/hardware/?add-to-cart=51")]
    [InlineData("https://shop.example.com/wishlist/add/7")]
    [InlineData("https://shop.example.com/c/hardware/?orderby=price")]
    public void IsAction_BasketAccountAndListingLinks_AreActions(string url) =>
        Assert.True(LinkFamily.IsAction(new Uri(url), Listing));

    [Theory]
    [InlineData("https://shop.example.com/product/cartridge-pod-kit/")]
    [InlineData("https://shop.example.com/products/picnic-basket")]
    [InlineData("https://shop.example.com/shop/golf-cart-cover")]
    [InlineData("https://shop.example.com/p/accountant-desk-lamp")]
    public void IsAction_ProductSlugsContainingThoseWords_AreNotActions(string url) =>
        Assert.False(LinkFamily.IsAction(new Uri(url), Listing));
}
