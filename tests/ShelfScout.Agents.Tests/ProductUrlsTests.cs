using ShelfScout.Agents.Products;

namespace ShelfScout.Agents.Tests;

public sealed class ProductUrlsTests
{
    private static readonly Uri Served = new("https://shop.example/p/tea?utm_source=x");

    [Fact]
    public void Choose_SameHostCanonical_WinsOverServedUrl() =>
        Assert.Equal("https://shop.example/products/green-tea", ProductUrls.Choose(Served, "/products/green-tea"));

    [Theory]
    [InlineData("https://other.example/products/green-tea")]
    [InlineData("https://shop.example/")]
    [InlineData("javascript:void(0)")]
    public void Choose_ForeignRootOrBogusCanonical_KeepsServedUrl(string canonical) =>
        Assert.StartsWith("https://shop.example/p/tea", ProductUrls.Choose(Served, canonical), StringComparison.Ordinal);
}
