namespace ShelfScout.Storage.Dashboard;

/// <summary>Orders of the product list; every order ends with the product id so pages never overlap.</summary>
public enum ProductSort
{
    Name,
    PriceAscending,
    PriceDescending,

    /// <summary>Most recent price change first; products whose price never changed last.</summary>
    RecentlyChanged,
    Newest,
}
