namespace ShelfScout.Storage.Records;

/// <summary>A stored category; depth 0 is a top-level category.</summary>
public sealed record CategoryRecord(long Id, long RetailerId, long? ParentId, string Name, string Url, int Depth, string Path, bool IsLeaf, string? ParentHint = null);
