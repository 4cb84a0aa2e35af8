namespace ShelfScout.Storage.Records;

/// <summary>A category to store. <paramref name="Path"/> is the names from the root joined by " &gt; ".</summary>
/// <param name="ParentHint">The URL of the category the evidence places it under, kept until the tree is resolved.</param>
/// <param name="CanonicalKey">The key of the listing page's canonical link: a category of the same name already stored under another URL with this canonical key (or at it) is updated instead, and keeps its URL.</param>
public sealed record CategoryUpsert(string Name, string Url, long? ParentId, int Depth, string Path, bool IsLeaf, string? ParentHint = null, string? CanonicalKey = null);
