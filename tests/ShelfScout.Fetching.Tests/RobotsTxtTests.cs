namespace ShelfScout.Fetching.Tests;

public sealed class RobotsTxtTests
{
    private const string Ua = FetchOptions.DefaultUserAgent;

    [Fact]
    public void IsAllowed_EmptyFile_AllowsEverything()
    {
        var robots = RobotsTxt.Parse(string.Empty);

        Assert.True(robots.IsAllowed("/anything?x=1", Ua));
    }

    [Fact]
    public void IsAllowed_OurGroupWinsOverStar()
    {
        var robots = RobotsTxt.Parse("""
            User-agent: *
            Disallow: /

            User-agent: ShelfScout
            Disallow: /cart
            """);

        Assert.True(robots.IsAllowed("/products/1", Ua));
        Assert.False(robots.IsAllowed("/cart", Ua));
        Assert.False(robots.IsAllowed("/products/1", "OtherBot/2.0"));
    }

    [Fact]
    public void IsAllowed_GroupWithSeveralUserAgentLines_AppliesToEach()
    {
        var robots = RobotsTxt.Parse("""
            User-agent: googlebot
            User-agent: shelfscout # us too
            Disallow: /search
            Sitemap: https://shop.test/sitemap.xml
            User-agent: *
            Disallow: /everything-else
            """);

        Assert.False(robots.IsAllowed("/search?q=tv", Ua));
        Assert.True(robots.IsAllowed("/everything-else", Ua));
        Assert.False(robots.IsAllowed("/everything-else", "Random"));
    }

    [Fact]
    public void IsAllowed_LongestMatchWins_AndAllowWinsTies()
    {
        var robots = RobotsTxt.Parse("""
            User-agent: *
            Disallow: /shop
            Allow: /shop/products
            Disallow: /shop/products/hidden
            Allow: /tie
            Disallow: /tie
            """);

        Assert.False(robots.IsAllowed("/shop/basket", Ua));
        Assert.True(robots.IsAllowed("/shop/products/42", Ua));
        Assert.False(robots.IsAllowed("/shop/products/hidden-deal", Ua));
        Assert.True(robots.IsAllowed("/tie", Ua));
    }

    [Fact]
    public void IsAllowed_Wildcards_MatchAnyRunAndEndOfUrl()
    {
        var robots = RobotsTxt.Parse("""
            User-agent: *
            Disallow: /*?sort=
            Disallow: /*.pdf$
            Disallow: /a*b*c
            """);

        Assert.False(robots.IsAllowed("/category/tvs?sort=price", Ua));
        Assert.True(robots.IsAllowed("/category/tvs?page=2", Ua));
        Assert.False(robots.IsAllowed("/manuals/tv.pdf", Ua));
        Assert.True(robots.IsAllowed("/manuals/tv.pdf?download=1", Ua));
        Assert.False(robots.IsAllowed("/axxbyyc/z", Ua));
        Assert.True(robots.IsAllowed("/axxcyyb", Ua));
    }

    [Fact]
    public void IsAllowed_EmptyDisallow_AllowsEverything_AndRobotsTxtIsAlwaysAllowed()
    {
        var open = RobotsTxt.Parse("User-agent: *\nDisallow:\n");
        var closed = RobotsTxt.Parse("User-agent: *\nDisallow: /\n");

        Assert.True(open.IsAllowed("/x", Ua));
        Assert.False(closed.IsAllowed("/x", Ua));
        Assert.True(closed.IsAllowed("/robots.txt", Ua));
    }

    [Fact]
    public void IsAllowed_PercentEncodingAndCaseOfKeys_AreNormalized()
    {
        var robots = RobotsTxt.Parse("USER-AGENT: *\r\nDISALLOW: /café\r\n");

        Assert.False(robots.IsAllowed("/caf%c3%a9/menu", Ua));
        Assert.True(robots.IsAllowed("/cafe", Ua));
    }

    [Fact]
    public void Sitemaps_AreCollectedFromAnywhere_AndRelativeOnesNeedABase()
    {
        const string Content = "Sitemap: https://shop.test/a.xml\nUser-agent: *\nDisallow: /x\nSitemap: /b.xml\n";

        var withoutBase = RobotsTxt.Parse(Content);
        var withBase = RobotsTxt.Parse(Content, new Uri("https://shop.test/robots.txt"));

        Assert.Equal([new Uri("https://shop.test/a.xml")], withoutBase.Sitemaps);
        Assert.Equal([new Uri("https://shop.test/a.xml"), new Uri("https://shop.test/b.xml")], withBase.Sitemaps);
    }

    [Fact]
    public void CrawlDelay_ComesFromTheMatchingGroup()
    {
        var robots = RobotsTxt.Parse("""
            User-agent: *
            Crawl-delay: 2.5

            User-agent: SlowBot
            Crawl-delay: 30
            """);

        Assert.Equal(TimeSpan.FromSeconds(2.5), robots.CrawlDelay(Ua));
        Assert.Equal(TimeSpan.FromSeconds(30), robots.CrawlDelay("SlowBot/1.0"));
        Assert.Null(RobotsTxt.Parse("User-agent: *\nDisallow: /x\n").CrawlDelay(Ua));
    }

    [Fact]
    public void Parse_RulesBeforeAnyUserAgent_AreIgnored()
    {
        var robots = RobotsTxt.Parse("Disallow: /\nUser-agent: *\nDisallow: /private\n");

        Assert.True(robots.IsAllowed("/public", Ua));
        Assert.False(robots.IsAllowed("/private", Ua));
    }
}
