namespace ShelfScout.Storage.Records;

/// <summary>A stored review, as exported.</summary>
public sealed record ReviewExport(
    string Retailer,
    string ProductUrl,
    string? Author,
    decimal? Rating,
    string? Title,
    string? Body,
    DateOnly? Date);
