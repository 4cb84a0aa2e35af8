using ShelfScout.Agents.Categories;

namespace ShelfScout.Agents.Tests;

public sealed class SitemapFileNamesTests
{
    [Theory]
    [InlineData("sitemap_pages_1.xml", false, false, true)]
    [InlineData("page-sitemap.xml", false, false, true)]
    [InlineData("sitemap_products_1.xml", false, true, false)]
    [InlineData("product-sitemap.xml", false, true, false)]
    [InlineData("sitemap_collections_1.xml", true, false, false)]
    [InlineData("product_cat-sitemap.xml", true, false, false)]
    [InlineData("sitemap.xml", false, false, false)]
    public void Names_AreReadByTheWordsOfTheFileName_SoSitemapIsNotAnItem(string file, bool categories, bool products, bool other)
    {
        var url = new Uri("https://shop.example/" + file);
        Assert.Equal((categories, products, other), (SitemapFileNames.NamesCategories(url), SitemapFileNames.NamesProducts(url), SitemapFileNames.NamesOtherPages(url)));
    }
}
