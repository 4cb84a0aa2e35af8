namespace ShelfScout.Storage.Records;

/// <summary>A category to store. <paramref name="Path"/> is the names from the root joined by " &gt; ".</summary>
public sealed record CategoryUpsert(string Name, string Url, long? ParentId, int Depth, string Path, bool IsLeaf);
