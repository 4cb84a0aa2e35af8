namespace ShelfScout.Storage.Records;

/// <summary>A stored product found by URL or SKU: enough to tell several matches apart and to read its history.</summary>
public sealed record ProductMatch(
    long Id,
    long RetailerId,
    string RetailerName,
    string Url,
    string? Name,
    string? Sku,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    DateTimeOffset? DelistedAt);
