using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Records;

/// <summary>A stock state seen on a page at a time.</summary>
public sealed record StockObservation(Availability Availability, int? Quantity, DateTimeOffset ObservedAt, string SourceUrl);
