namespace ShelfScout.Extraction.Discovery;

/// <summary>One step of a breadcrumb trail.</summary>
public sealed record BreadcrumbItem(string Name, Uri? Url);
