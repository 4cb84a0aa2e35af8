using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Records;

/// <summary>One row of a product's stock history: the state from <see cref="ObservedAt"/> until the next row.</summary>
public sealed record StockPoint(DateTimeOffset ObservedAt, Availability Availability, int? Quantity);
