namespace ShelfScout.Storage.Records;

/// <summary>A price history entry that was appended; <paramref name="PreviousPrice"/> is null for the first observation.</summary>
public sealed record PriceChange(long ProductId, decimal? PreviousPrice, decimal NewPrice, string? Currency);
