using ShelfScout.Extraction.Discovery;

namespace ShelfScout.Extraction.Tests.Discovery;

/// <summary>Discovery on real saved retailer pages, checked against what the pages visibly show.</summary>
public sealed class CorpusDiscoveryTests
{
    [Fact]
    public void Breadcrumbs_IkeaProductPage_FullTrailWithoutHome()
    {
        var url = new Uri("https://www.ikea.com/gb/en/p/moeckelby-table-oak-00293772/");
        var document = CorpusPage.Load("0666abebc0d5f9647f4e11a90bd35de706903e8eeedec1dabd50be49ee0e39a2", url);

        var trail = new BreadcrumbExtractor().Extract(document, url);

        Assert.Equal(["Products", "Furniture", "Tables & desks", "Dining tables", "Up to 10 seats", "MÖCKELBY Table"], trail.Select(c => c.Name));
        Assert.All(trail, c => Assert.StartsWith("/gb/en/", c.Url!.AbsolutePath, StringComparison.Ordinal));
    }

    [Fact]
    public void Breadcrumbs_ArgosProductPage_CategoriesThenProduct()
    {
        var url = new Uri("https://www.argos.co.uk/product/4667999");
        var document = CorpusPage.Load("25910052eef824e252aa20b9d25611d1c007955f7be26b4ec90b3382bbf86241", url);

        var trail = new BreadcrumbExtractor().Extract(document, url);

        Assert.Equal(4, trail.Count);
        Assert.Equal("Technology", trail[0].Name);
        Assert.Equal("/browse/technology/c:29949/", trail[0].Url!.AbsolutePath);
    }

    [Fact]
    public void Navigation_SloveneOpticianPage_NestedCategoriesFromMenu()
    {
        var url = new Uri("https://www.vsezaoci.si/pripomocki/razno/bralne-lece-stick-on");
        var document = CorpusPage.Load("16962698dd77adf81fc07cd334a56539e2f96b79d8c028b8f3e5c9ba287f081e", url);

        var tree = new NavigationTreeExtractor().Extract(document, url);

        var accessories = Assert.Single(tree, n => n.Name == "Pripomočki");
        Assert.Equal(["Lupe", "Ostalo"], accessories.Children.Select(c => c.Name));
        Assert.True(tree.Count >= 6);
    }

    [Fact]
    public void Navigation_PortugueseBookshopPage_ThreeLevelTreeWithoutDuplicates()
    {
        var url = new Uri("https://www.almedina.net/c-digo-do-trabalho-anotado-1589482272.html");
        var document = CorpusPage.Load("16606e09f7ec2fa123dce0849ea63859a65f95604cec792a094ba4171640f80e", url);

        var tree = new NavigationTreeExtractor().Extract(document, url);

        var books = Assert.Single(tree, n => n.Name == "Livros");
        Assert.Contains(books.Children, c => c.Name == "Arte" && c.Children.Any(g => g.Name == "Fotografia"));
        var all = Flatten(tree).Select(n => n.Url.AbsoluteUri).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    private static IEnumerable<ShelfScout.Domain.Catalog.CategoryNode> Flatten(IEnumerable<ShelfScout.Domain.Catalog.CategoryNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}
