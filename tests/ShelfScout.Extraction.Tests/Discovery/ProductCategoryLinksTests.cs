using ShelfScout.Extraction.Discovery;

namespace ShelfScout.Extraction.Tests.Discovery;

public sealed class ProductCategoryLinksTests
{
    private static readonly Uri ProductUrl = new("https://shop.example.com/product/green-tea/");

    private static string Read(string body) =>
        string.Join(", ", ProductCategoryLinks.Read(Page.Body(body, ProductUrl), ProductUrl).Select(l => l.Name + "=" + l.Url.AbsolutePath));

    [Fact]
    public void Read_CategoriesLineOfTheProductDetails_GivesEachLinkWithItsName()
    {
        var links = Read("""
            <main><h1>Green tea</h1><div class="meta"><span class="sku_wrapper">SKU: GT-1</span>
            <span class="posted_in">Categories: <a href="/product-category/featured/" rel="tag">Featured</a>, <a href="/product-category/tea/green/" rel="tag">Green</a></span>
            <span class="tagged_as">Tags: <a href="/product-tag/organic/" rel="tag">Organic</a></span></div></main>
            """);

        Assert.Equal("Featured=/product-category/featured/, Green=/product-category/tea/green/", links);
    }

    [Theory]
    [InlineData("<dl><dt>Brand</dt><dd><a href=\"/brands/leaf/\">Leaf</a></dd><dt>Category</dt><dd><a href=\"/c/tea/\">Tea</a></dd></dl>")]
    [InlineData("<table><tr><th>Kategorie</th><td><a href=\"/c/tea/\">Tea</a></td></tr><tr><th>Marke</th><td><a href=\"/m/leaf/\">Leaf</a></td></tr></table>")]
    [InlineData("<p><strong>Category:</strong> <a href=\"/c/tea/\">Tea</a></p>")]
    [InlineData("<div class=\"row\"><span class=\"label\">Categoría</span><span><a href=\"/c/tea/\">Tea</a></span></div>")]
    public void Read_LabelInItsOwnCell_TakesTheLinksItLabels(string details)
    {
        Assert.Equal("Tea=/c/tea/", Read("<main><h1>Green tea</h1>" + details + "</main>"));
    }

    [Theory]
    [InlineData("<div class=\"widget\"><h2>Categories</h2><ul><li><a href=\"/c/tea/\">Tea</a></li><li><a href=\"/c/gear/\">Gear</a></li></ul></div>")]
    [InlineData("<nav><span>Categories:</span> <a href=\"/c/tea/\">Tea</a> <a href=\"/c/gear/\">Gear</a></nav>")]
    [InlineData("<footer><p>Categories: <a href=\"/c/tea/\">Tea</a></p></footer>")]
    [InlineData("<p>Browse our categories: <a href=\"/c/tea/\">Tea</a></p>")]
    [InlineData("<div><a href=\"/c/\">Categories</a><a href=\"/c/tea/\">Tea</a></div>")]
    public void Read_SidebarHeadingsNavigationAndProse_AreNotTheProductsCategories(string block)
    {
        Assert.Equal(string.Empty, Read("<main><h1>Green tea</h1><p>£4.50</p></main>" + block));
    }
}
