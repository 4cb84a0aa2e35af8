namespace ShelfScout.Storage.Records;

/// <summary>One row of a product's price history: the offer from <see cref="ObservedAt"/> until the next row.</summary>
public sealed record PricePoint(DateTimeOffset ObservedAt, decimal Price, decimal? RegularPrice, string? Currency);
