namespace ShelfScout.Domain.Catalog;

/// <summary>One customer review as read from a page.</summary>
public sealed record ReviewData(
    string? Author,
    decimal? Rating,
    string? Title,
    string? Body,
    DateOnly? Date);
