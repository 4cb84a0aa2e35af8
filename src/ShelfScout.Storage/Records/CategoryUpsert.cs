namespace ShelfScout.Storage.Records;

/// <summary>A category to store. <paramref name="Path"/> is the names from the root joined by " &gt; ".</summary>
/// <param name="ParentHint">The URL of the category the evidence places it under, kept until the tree is resolved.</param>
public sealed record CategoryUpsert(string Name, string Url, long? ParentId, int Depth, string Path, bool IsLeaf, string? ParentHint = null);
