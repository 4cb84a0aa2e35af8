using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Records;

/// <summary>A stock history entry that was appended; <paramref name="Previous"/> is null for the first observation.</summary>
public sealed record StockChange(long ProductId, Availability? Previous, Availability Current, int? Quantity);
