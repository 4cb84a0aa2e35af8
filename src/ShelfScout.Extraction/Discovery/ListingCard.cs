using ShelfScout.Domain.Catalog;

namespace ShelfScout.Extraction.Discovery;

/// <summary>
/// What a listing card shows about its product: the current price (a struck-through list price is not it) and the
/// stock state when the card states one (<see cref="Availability.Unknown"/> when it shows none).
/// </summary>
public sealed record ListingCard(Uri Url, decimal? Price, string? Currency, Availability Availability);
