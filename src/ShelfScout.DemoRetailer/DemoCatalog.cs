using ShelfScout.DemoRetailer.Generation;

namespace ShelfScout.DemoRetailer;

/// <summary>The generator's truth: a deterministic wellness catalogue built from (seed, product count), usable without a server.</summary>
public sealed class DemoCatalog
{
    private readonly IReadOnlyList<ProductTraits> _traits;
    private readonly Dictionary<int, DemoCategory> _categoriesById;
    private readonly Dictionary<int, IReadOnlyList<DemoCategory>> _children;
    private readonly Dictionary<int, IReadOnlyList<DemoProduct>> _listings;
    private readonly Dictionary<string, DemoProduct> _productsBySlug;
    private readonly Dictionary<string, DemoCategory> _categoriesByUrl;

    private DemoCatalog(int seed, CategoryTree tree, IReadOnlyList<DemoProduct> products)
    {
        Seed = seed;
        Categories = tree.Categories;
        Products = products;
        _traits = products.Select(p => ProductTraits.Generate(seed, p.Id)).ToList();
        _categoriesById = Categories.ToDictionary(c => c.Id);
        _categoriesByUrl = Categories.ToDictionary(c => c.RelativeUrl, StringComparer.Ordinal);
        _productsBySlug = products.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        _children = Categories.ToDictionary(
            c => c.Id,
            c => (IReadOnlyList<DemoCategory>)Categories.Where(child => child.ParentId == c.Id).ToList());
        _listings = Categories.ToDictionary(c => c.Id, c => (IReadOnlyList<DemoProduct>)ListingFor(c));
    }

    public int Seed { get; }

    public IReadOnlyList<DemoCategory> Categories { get; }

    public IReadOnlyList<DemoProduct> Products { get; }

    public int ExpectedCategories => Categories.Count;

    public int ExpectedProducts => Products.Count;

    public int ExpectedReviews => Products.Sum(p => p.Reviews.Count);

    /// <summary>Generates the catalogue; the same arguments always give the same catalogue.</summary>
    public static DemoCatalog Generate(int seed, int productCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(productCount);
        var tree = CategoryTree.Generate(seed);
        return new DemoCatalog(seed, tree, ProductGenerator.Generate(seed, productCount, tree));
    }

    /// <summary>The product's price and stock on the given simulated day.</summary>
    public DemoOffer OfferFor(DemoProduct product, int day)
    {
        ArgumentNullException.ThrowIfNull(product);
        return OfferCalculator.For(Seed, product.Id, _traits[product.Id - 1], day);
    }

    /// <summary>
    /// Products in the order the store lists them: for a leaf, every product filed under it; for a parent,
    /// every product of its descendant leaves (without duplicates).
    /// </summary>
    public IReadOnlyList<DemoProduct> ProductsIn(DemoCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return _listings[category.Id];
    }

    /// <summary>Products a parent category's page shows as its popular ones, beside its subcategory links.</summary>
    public const int PopularPerParent = 4;

    /// <summary>
    /// Every category whose page lists the product: its leaves, and each parent that shows it among its popular
    /// products. A crawler that links a product to every listing showing it should find exactly these.
    /// </summary>
    public IReadOnlyList<DemoCategory> ListedIn(DemoProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return Categories
            .Where(c => c.IsLeaf ? product.CategoryIds.Contains(c.Id) : _listings[c.Id].Take(PopularPerParent).Contains(product))
            .ToList();
    }

    public IReadOnlyList<DemoCategory> ChildrenOf(DemoCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return _children[category.Id];
    }

    public DemoCategory CategoryById(int id) => _categoriesById[id];

    internal DemoCategory? FindCategoryByUrl(string relativeUrl) => _categoriesByUrl.GetValueOrDefault(relativeUrl);

    internal DemoProduct? FindProductBySlug(string slug) => _productsBySlug.GetValueOrDefault(slug);

    internal ProductTraits TraitsOf(DemoProduct product) => _traits[product.Id - 1];

    /// <summary>Ancestors from the top-level department down to the category itself.</summary>
    internal IReadOnlyList<DemoCategory> Lineage(DemoCategory category)
    {
        var chain = new List<DemoCategory> { category };
        while (chain[^1].ParentId is int parentId)
        {
            chain.Add(_categoriesById[parentId]);
        }

        chain.Reverse();
        return chain;
    }

    private List<DemoProduct> ListingFor(DemoCategory category)
    {
        // Category URLs nest, so a leaf is under a parent exactly when its URL starts with the parent's.
        return Products
            .Where(p => p.CategoryIds.Any(id => _categoriesById[id].RelativeUrl.StartsWith(category.RelativeUrl, StringComparison.Ordinal)))
            .OrderBy(p => StableRandom.Hash(Seed, "listing-order", category.Id, p.Id))
            .ToList();
    }
}
