using ShelfScout.Domain.Catalog;
using ShelfScout.Fetching;

namespace ShelfScout.Agents.Categories;

/// <summary>
/// Merges category evidence from several sources into one tree keyed by canonical URL: a category seen twice
/// (a desktop and a mobile menu, a menu and a sitemap) is one node, and the first parent seen wins.
/// </summary>
internal sealed class CategoryTreeBuilder
{
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly List<Node> _roots = [];
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);

    public int Count => _nodes.Count;

    public int LeafCount => _nodes.Values.Count(n => n.Children.Count == 0);

    public bool Contains(Uri url) => _nodes.ContainsKey(Key(url));

    public void AddRoots(IEnumerable<CategoryNode> roots)
    {
        foreach (var root in roots)
        {
            Add(root, parent: null);
        }
    }

    /// <summary>Adds a chain of categories from a root down (e.g. a page's breadcrumbs), creating the ones not yet known.</summary>
    public void AddPath(IReadOnlyList<(string Name, Uri Url)> chain)
    {
        Node? parent = null;
        foreach (var (name, url) in chain)
        {
            var key = Key(url);
            if (!_nodes.TryGetValue(key, out var node))
            {
                node = new Node(name, url, parent);
                _nodes[key] = node;
                (parent?.Children ?? _roots).Add(node);
            }

            parent = node;
        }
    }

    /// <summary>Every category, parents before children, in menu order.</summary>
    public IEnumerable<CategoryEntry> Walk()
    {
        var stack = new Stack<(Node Node, int Depth, string Path)>();
        for (var i = _roots.Count - 1; i >= 0; i--)
        {
            stack.Push((_roots[i], 0, _roots[i].Name));
        }

        while (stack.Count > 0)
        {
            var (node, depth, path) = stack.Pop();
            yield return new CategoryEntry(node.Name, node.Url, node.Children.Count == 0, node.Parent?.Url, depth, path);
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                var child = node.Children[i];
                stack.Push((child, depth + 1, path + " > " + child.Name));
            }
        }
    }

    public long? IdOf(Uri url) => _ids.TryGetValue(Key(url), out var id) ? id : null;

    public void SetId(Uri url, long id) => _ids[Key(url)] = id;

    private void Add(CategoryNode category, Node? parent)
    {
        var key = Key(category.Url);
        if (!_nodes.TryGetValue(key, out var node))
        {
            node = new Node(category.Name, category.Url, parent);
            _nodes[key] = node;
            (parent?.Children ?? _roots).Add(node);
        }

        foreach (var child in category.Children)
        {
            Add(child, node);
        }
    }

    private static string Key(Uri url) => UrlCanonicalizer.Canonicalize(url).AbsoluteUri;

    private sealed class Node(string name, Uri url, Node? parent)
    {
        public string Name { get; } = name;

        public Uri Url { get; } = url;

        public Node? Parent { get; } = parent;

        public List<Node> Children { get; } = [];
    }
}
