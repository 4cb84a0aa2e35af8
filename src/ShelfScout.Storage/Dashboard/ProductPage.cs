namespace ShelfScout.Storage.Dashboard;

/// <summary>One page of a product list and how many products match in all.</summary>
public sealed record ProductPage(IReadOnlyList<ProductListItem> Items, int Total);
