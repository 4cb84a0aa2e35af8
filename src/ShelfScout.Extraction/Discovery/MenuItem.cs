using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Discovery;

/// <summary>A menu entry while the tree is built and merged; becomes a <see cref="CategoryNode"/> at the end.</summary>
internal sealed class MenuItem(string name, Uri url)
{
    public string Name { get; } = name;

    public Uri Url { get; set; } = url;

    public List<MenuItem> Children { get; } = [];

    public int Depth => Children.Count == 0 ? 1 : 1 + Children.Max(c => c.Depth);

    public IEnumerable<MenuItem> SelfAndDescendants()
    {
        yield return this;
        foreach (var descendant in Children.SelectMany(c => c.SelfAndDescendants()))
        {
            yield return descendant;
        }
    }

    /// <summary>Converts to domain nodes, keeping only the first occurrence of each URL (pre-order).</summary>
    public static IReadOnlyList<CategoryNode> ToNodes(IEnumerable<MenuItem> items, HashSet<string> seen)
    {
        var nodes = new List<CategoryNode>();
        foreach (var item in items)
        {
            if (!seen.Add(SiteUrl.Key(item.Url).TrimEnd('/')))
            {
                // A repeated link ("Shop all" pointing at its parent) is dropped, but what hangs below it is kept.
                nodes.AddRange(ToNodes(item.Children, seen));
                continue;
            }

            nodes.Add(new CategoryNode(item.Name, SiteUrl.Canonical(item.Url), ToNodes(item.Children, seen)));
        }

        return nodes;
    }
}
