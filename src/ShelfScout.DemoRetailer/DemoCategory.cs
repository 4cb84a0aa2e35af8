namespace ShelfScout.DemoRetailer;

/// <summary>One category of the generated tree; <paramref name="Path"/> reads like "Health &gt; Vitamins &gt; Vitamin C".</summary>
public sealed record DemoCategory(
    int Id,
    string Name,
    string Slug,
    int? ParentId,
    int Depth,
    string Path,
    string RelativeUrl,
    bool IsLeaf);
