namespace ShelfScout.Domain.Catalog;

/// <summary>Stock state of a product, as a closed set mirroring schema.org ItemAvailability.</summary>
public enum Availability
{
    Unknown = 0,
    InStock,
    OutOfStock,
    PreOrder,
    BackOrder,
    LimitedAvailability,
    Discontinued,
}
