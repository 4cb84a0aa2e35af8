using ShelfScout.Domain.Catalog;

namespace ShelfScout.DemoRetailer;

/// <summary>Price and stock of a product on one simulated day; <paramref name="RegularPrice"/> is set only during a sale.</summary>
public sealed record DemoOffer(
    decimal Price,
    decimal? RegularPrice,
    string Currency,
    Availability Availability,
    int? Quantity);
