namespace ShelfScout.Storage.Records;

/// <summary>A price seen on a page at a time.</summary>
public sealed record PriceObservation(decimal Price, decimal? RegularPrice, string? Currency, DateTimeOffset ObservedAt, string SourceUrl);
