using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Records;

/// <summary>A stock state seen on a page at a time; <see cref="RunId"/> is the run that saw it (its alerts name it).</summary>
public sealed record StockObservation(Availability Availability, int? Quantity, DateTimeOffset ObservedAt, string SourceUrl)
{
    public long? RunId { get; init; }
}
