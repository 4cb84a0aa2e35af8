using ShelfScout.Domain.Catalog;

namespace ShelfScout.Cli.Rendering;

/// <summary>A product's offer as it stood from <see cref="At"/>: the price and stock rows merged, each carried forward until it changes.</summary>
internal sealed record TimelineRow(DateTimeOffset At, decimal? Price, decimal? RegularPrice, string? Currency, Availability? Availability, int? Quantity);
