namespace ShelfScout.Domain.Catalog;

/// <summary>A category discovered on a store, with its children (the tree is built by discovery).</summary>
public sealed record CategoryNode(string Name, Uri Url, IReadOnlyList<CategoryNode> Children)
{
    public bool IsLeaf => Children.Count == 0;
}
