using ShelfScout.Extraction.Discovery;

namespace ShelfScout.Extraction.Tests.Discovery;

public sealed class SitemapReaderTests
{
    private static readonly Uri SitemapUrl = new("https://shop.example.com/sitemap.xml");

    [Fact]
    public void Parse_ShopifySitemapIndex_ListsChildSitemaps()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://shop.example.com/sitemap_products_1.xml?from=1&amp;to=9</loc></sitemap>
              <sitemap><loc>https://shop.example.com/sitemap_collections_1.xml</loc><lastmod>2026-01-01</lastmod></sitemap>
            </sitemapindex>
            """;

        var result = SitemapReader.Parse(xml, SitemapUrl);

        Assert.Equal(["/sitemap_products_1.xml?from=1&to=9", "/sitemap_collections_1.xml"], result.Sitemaps.Select(u => u.PathAndQuery));
        Assert.Empty(result.Urls);
    }

    [Fact]
    public void Parse_UrlsetWithImageExtension_IgnoresImageLocs()
    {
        const string xml = """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
              <url><loc>https://shop.example.com/products/blue-mug</loc>
                <image:image><image:loc>https://cdn.example.com/blue.jpg</image:loc></image:image></url>
              <url>
                <loc>
                  https://shop.example.com/products/red-mug
                </loc></url>
              <url><loc>https://shop.example.com/products/blue-mug</loc></url>
            </urlset>
            """;

        var result = SitemapReader.Parse(xml, SitemapUrl);

        Assert.Equal(["/products/blue-mug", "/products/red-mug"], result.Urls.Select(u => u.AbsolutePath));
    }

    [Fact]
    public void Parse_BomLeadingWhitespaceAndNoNamespace_StillReads()
    {
        var xml = "\uFEFF\r\n  <?xml version=\"1.0\"?>\n<urlset><url><loc>https://shop.example.com/a</loc></url><url><loc>/relative-b</loc></url></urlset>";

        var result = SitemapReader.Parse(xml, SitemapUrl);

        Assert.Equal(["https://shop.example.com/a", "https://shop.example.com/relative-b"], result.Urls.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void Parse_MalformedXmlWithPhpWarning_FallsBackToTagScan()
    {
        const string xml = """
            <b>Warning</b>: Undefined variable $x in <b>/var/www/sitemap.php</b> on line <b>12</b><br />
            <?xml version="1.0" encoding="UTF-8"?>
            <sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sm:url><sm:loc><![CDATA[https://shop.example.com/shoes?id=1&color=red]]></sm:loc></sm:url>
              <sm:url><sm:loc>https://shop.example.com/bags &amp; more</sm:loc></sm:url>
              <sm:url><sm:loc>https://shop.example.com/unclosed
            """;

        var result = SitemapReader.Parse(xml, SitemapUrl);

        Assert.Equal(["/shoes?id=1&color=red", "/bags%20&%20more"], result.Urls.Select(u => u.PathAndQuery));
    }

    [Fact]
    public void Parse_PlainTextList_ReadsOneUrlPerLineAndSkipsJunk()
    {
        const string text = "https://shop.example.com/c/tea\r\n\r\n# comment\nnot a url\nhttps://shop.example.com/p/sencha  \nftp://files.example.com/x\n";

        var result = SitemapReader.Parse(text, SitemapUrl);

        Assert.Equal(["/c/tea", "/p/sencha"], result.Urls.Select(u => u.AbsolutePath));
    }

    [Fact]
    public void Parse_EmptyOrGarbage_ReturnsEmptyDocument()
    {
        var result = SitemapReader.Parse("<html><body>404 Not Found</body></html>", SitemapUrl);

        Assert.Empty(result.Urls);
        Assert.Empty(result.Sitemaps);
    }

    [Theory]
    [InlineData("https://shop.example.com/products/linen-shirt", SitemapUrlKind.Product)]
    [InlineData("https://shop.example.com/collections/summer/products/linen-shirt", SitemapUrlKind.Product)]
    [InlineData("https://shop.example.com/collections/summer", SitemapUrlKind.Category)]
    [InlineData("https://shop.example.com/product/hoodie-with-logo/", SitemapUrlKind.Product)]
    [InlineData("https://shop.example.com/product-category/clothing/hoodies/", SitemapUrlKind.Category)]
    [InlineData("https://shop.example.com/p/12345", SitemapUrlKind.Product)]
    [InlineData("https://shop.example.com/c/kitchen", SitemapUrlKind.Category)]
    [InlineData("https://shop.example.com/shop/garden/stainless-steel-hand-trowel-large", SitemapUrlKind.Product)]
    [InlineData("https://shop.example.com/shop/garden", SitemapUrlKind.Category)]
    [InlineData("https://shop.example.com/men/1-hummingbird-printed-t-shirt.html", SitemapUrlKind.Product)]
    [InlineData("https://shop.example.com/3-clothes", SitemapUrlKind.Category)]
    [InlineData("https://shop.example.com/radiant-tee-in-blue-small.html", SitemapUrlKind.Product)]
    [InlineData("https://shop.example.com/women/tops.html", SitemapUrlKind.Category)]
    [InlineData("https://shop.example.com/kettle-black-matt-10023456", SitemapUrlKind.Product)]
    [InlineData("https://shop.example.com/blogs/news/winter-guide", SitemapUrlKind.Other)]
    [InlineData("https://shop.example.com/pages/about-us", SitemapUrlKind.Other)]
    [InlineData("https://shop.example.com/gift-ideas", SitemapUrlKind.Unknown)]
    public void Classify_UrlShapes_GivesExpectedHint(string url, SitemapUrlKind expected)
    {
        Assert.Equal(expected, SitemapUrlClassifier.Classify(new Uri(url)));
    }

    [Fact]
    public void Split_KeepsOrderWithinEachKind()
    {
        var urls = new[] { "/products/b", "/collections/x", "/products/a", "/pages/faq" }.Select(p => new Uri(SitemapUrl, p)).ToList();

        var (products, categories, others) = SitemapUrlClassifier.Split(urls);

        Assert.Equal(["/products/b", "/products/a"], products.Select(u => u.AbsolutePath));
        Assert.Equal(["/collections/x"], categories.Select(u => u.AbsolutePath));
        Assert.Equal(["/pages/faq"], others.Select(u => u.AbsolutePath));
    }
}
