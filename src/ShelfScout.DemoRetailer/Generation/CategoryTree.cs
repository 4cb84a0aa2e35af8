namespace ShelfScout.DemoRetailer.Generation;

/// <summary>The generated category tree plus the pack sizes products of each leaf can come in.</summary>
internal sealed record CategoryTree(IReadOnlyList<DemoCategory> Categories, IReadOnlyDictionary<int, IReadOnlyList<string>> SizesByLeaf)
{
    public const string CategoryRoot = "/product-category/";

    /// <summary>Four top-level departments, 2-3 sub-departments each and 2-3 leaves under each of those.</summary>
    public static CategoryTree Generate(int seed)
    {
        var random = StableRandom.For(seed, "category-tree");
        var categories = new List<DemoCategory>();
        var sizes = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var top in random.PickOrdered(CategoryVocabulary.Tops, 4))
        {
            var topCategory = Add(categories, top.Name, parent: null);
            foreach (var mid in random.PickOrdered(top.Children, random.Next(2, 4)))
            {
                var midCategory = Add(categories, mid.Name, topCategory);
                foreach (var leaf in random.PickOrdered(mid.Leaves, random.Next(2, 4)))
                {
                    var leafCategory = Add(categories, leaf, midCategory);
                    sizes[leafCategory.Id] = top.Sizes;
                }
            }
        }

        var withLeafFlags = categories
            .Select(c => c with { IsLeaf = !categories.Any(other => other.ParentId == c.Id) })
            .ToList();
        return new CategoryTree(withLeafFlags, sizes);
    }

    private static DemoCategory Add(List<DemoCategory> categories, string name, DemoCategory? parent)
    {
        var slug = Slug.From(name);
        var category = new DemoCategory(
            Id: categories.Count + 1,
            Name: name,
            Slug: slug,
            ParentId: parent?.Id,
            Depth: parent is null ? 0 : parent.Depth + 1,
            Path: parent is null ? name : parent.Path + " > " + name,
            RelativeUrl: (parent is null ? CategoryRoot : parent.RelativeUrl) + slug + "/",
            IsLeaf: false);
        categories.Add(category);
        return category;
    }
}
