using ShelfScout.Agents.Categories;
using ShelfScout.Domain.Catalog;

namespace ShelfScout.Agents.Tests;

public sealed class CategoryTreeBuilderTests
{
    private static readonly Uri Root = new("https://shop.example/");

    [Fact]
    public void Walk_NestedMenu_GivesParentsBeforeChildrenWithPathsAndDepths()
    {
        var tree = new CategoryTreeBuilder();
        tree.AddRoots([Node("Health", "/c/health", Node("Vitamins", "/c/health/vitamins", Node("Vitamin C", "/c/health/vitamins/c")))]);

        var entries = tree.Walk().ToList();

        Assert.Equal(["Health", "Health > Vitamins", "Health > Vitamins > Vitamin C"], entries.Select(e => e.Path));
        Assert.Equal([0, 1, 2], entries.Select(e => e.Depth));
        Assert.Equal([false, false, true], entries.Select(e => e.IsLeaf));
        Assert.Equal(new Uri(Root, "/c/health/vitamins"), entries[2].ParentUrl);
    }

    [Fact]
    public void AddRoots_SameMenuTwice_DesktopAndMobile_IsOneTree()
    {
        var tree = new CategoryTreeBuilder();
        var menu = Node("Health", "/c/health", Node("Vitamins", "/c/health/vitamins"));
        tree.AddRoots([menu]);
        tree.AddRoots([Node("Health", "/c/health#mobile", Node("Vitamins", "/c/health/vitamins"))]);

        Assert.Equal(2, tree.Count);
        Assert.Equal(1, tree.LeafCount);
    }

    [Fact]
    public void AddPath_BreadcrumbChain_PlacesNewCategoryUnderKnownParent()
    {
        var tree = new CategoryTreeBuilder();
        tree.AddRoots([Node("Health", "/c/health")]);

        tree.AddPath([("Health", new Uri(Root, "/c/health")), ("Herbs", new Uri(Root, "/c/health/herbs"))]);

        var herbs = tree.Walk().Single(e => e.Name == "Herbs");
        Assert.Equal("Health > Herbs", herbs.Path);
        Assert.False(tree.Walk().Single(e => e.Name == "Health").IsLeaf);
    }

    private static CategoryNode Node(string name, string path, params CategoryNode[] children) => new(name, new Uri(Root, path), children);
}
