using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Records;

/// <summary>A product's identity and latest known offer, enough for price monitoring.</summary>
public sealed record ProductRef(
    long Id,
    string Url,
    string? Name,
    decimal? Price,
    string? Currency,
    Availability Availability,
    DateTimeOffset? LastObservedAt);
