using ShelfScout.Domain.Sites;

namespace ShelfScout.Fetching.Tests;

public sealed class SiteIdentityTests
{
    [Theory]
    [InlineData("https://shop.example/a", "https://shop.example/b")]
    [InlineData("https://www.shop.example/a", "https://shop.example/b")]
    [InlineData("https://SHOP.example/a", "https://shop.example:443/b")]
    [InlineData("http://shop.example/a", "https://shop.example/b")]
    [InlineData("http://127.0.0.1:5000/a", "http://127.0.0.1:5000/b")]
    public void IsSameSite_SameSchemeHostPortOrWwwOrDefaultPortUpgrade_True(string a, string b) =>
        Assert.True(SiteIdentity.IsSameSite(new Uri(a), new Uri(b)));

    [Theory]
    [InlineData("https://shop.example/a", "https://shop.example:8443/b")]
    [InlineData("http://127.0.0.1:5000/a", "http://127.0.0.1:5001/b")]
    [InlineData("http://shop.example:8080/a", "https://shop.example:8080/b")]
    [InlineData("https://cdn.shop.example/a", "https://shop.example/b")]
    [InlineData("https://shop.example.evil/a", "https://shop.example/b")]
    [InlineData("https://wwwshop.example/a", "https://shop.example/b")]
    public void IsSameSite_OtherPortSchemeOrHost_False(string a, string b) =>
        Assert.False(SiteIdentity.IsSameSite(new Uri(a), new Uri(b)));

    [Fact]
    public void PolitenessKey_WwwAndBareHost_ShareOneSlot() =>
        Assert.Equal(SiteIdentity.PolitenessKey(new Uri("https://www.shop.example/x")), SiteIdentity.PolitenessKey(new Uri("http://shop.example/y")));

    [Fact]
    public void PageKey_DropsFragmentTrackingAndSortsQuery() =>
        Assert.Equal("https://shop.example/c/tea?a=1&b=2", SiteIdentity.PageKey(new Uri("HTTPS://Shop.Example:443/c//tea?b=2&utm_source=x&a=1#top")));
}
