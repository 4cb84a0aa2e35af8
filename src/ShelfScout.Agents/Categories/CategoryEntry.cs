namespace ShelfScout.Agents.Categories;

/// <summary>One category of a built tree, flattened with its position.</summary>
internal sealed record CategoryEntry(string Name, Uri Url, bool IsLeaf, Uri? ParentUrl, int Depth, string Path);
