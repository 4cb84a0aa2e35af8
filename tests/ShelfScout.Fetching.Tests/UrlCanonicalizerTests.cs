namespace ShelfScout.Fetching.Tests;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://Shop.Example.COM/Products/TV", "https://shop.example.com/Products/TV")]
    [InlineData("https://shop.example.com:443/a", "https://shop.example.com/a")]
    [InlineData("http://shop.example.com:80/a", "http://shop.example.com/a")]
    [InlineData("http://shop.example.com:8080/a", "http://shop.example.com:8080/a")]
    [InlineData("https://shop.example.com/a#reviews", "https://shop.example.com/a")]
    [InlineData("https://shop.example.com//a///b/", "https://shop.example.com/a/b/")]
    [InlineData("https://shop.example.com", "https://shop.example.com/")]
    [InlineData("https://shop.example.com/a?", "https://shop.example.com/a")]
    public void Canonicalize_NormalizesSchemeHostPortFragmentAndSlashes(string input, string expected)
    {
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(new Uri(input)).AbsoluteUri);
    }

    [Fact]
    public void Canonicalize_DropsTrackingParameters_AndSortsTheRest()
    {
        var url = new Uri("https://shop.example.com/c?utm_source=mail&page=2&gclid=abc&Utm_Medium=x&color=red&fbclid=z&mc_cid=q");

        Assert.Equal("https://shop.example.com/c?color=red&page=2", UrlCanonicalizer.Canonicalize(url).AbsoluteUri);
    }

    [Fact]
    public void Canonicalize_EquivalentSpellings_GiveTheSameUrl()
    {
        var a = UrlCanonicalizer.Canonicalize(new Uri("https://Shop.Example.com:443//p/1?b=2&a=1&utm_campaign=x#top"));
        var b = UrlCanonicalizer.Canonicalize(new Uri("https://shop.example.com/p/1?a=1&b=2"));

        Assert.Equal(a, b);
    }

    [Fact]
    public void Canonicalize_RepeatedParameters_KeepTheirOrder()
    {
        var url = new Uri("https://shop.example.com/c?size=9&brand=z&size=8");

        Assert.Equal("https://shop.example.com/c?brand=z&size=9&size=8", UrlCanonicalizer.Canonicalize(url).AbsoluteUri);
    }

    [Fact]
    public void Canonicalize_KeepsPercentEncoding()
    {
        var url = new Uri("https://shop.example.com/search?q=red%20shoes%26socks");

        Assert.Equal("https://shop.example.com/search?q=red%20shoes%26socks", UrlCanonicalizer.Canonicalize(url).AbsoluteUri);
    }
}
