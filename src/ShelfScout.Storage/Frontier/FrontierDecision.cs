using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Frontier;

/// <summary>A done page whose role came from its group (<see cref="RoleBasis.Group"/>), with what was stored from it.</summary>
/// <param name="EntryId">The frontier entry.</param>
/// <param name="Url">The page.</param>
/// <param name="PageKind">What it was taken for.</param>
/// <param name="ResultId">The product or category stored from it, if any.</param>
/// <param name="Shared">True when another page of the crawl was stored as the same product (its record stands for that page too).</param>
public sealed record FrontierDecision(long EntryId, string Url, PageKind PageKind, long? ResultId, bool Shared);
