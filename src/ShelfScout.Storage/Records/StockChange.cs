using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;

namespace ShelfScout.Storage.Records;

/// <summary>
/// A stock history entry that was appended; <paramref name="Previous"/> is null for the first observation.
/// <see cref="Alert"/> is the alert the store raised for it (back in stock, out of stock), if any.
/// </summary>
public sealed record StockChange(long ProductId, Availability? Previous, Availability Current, int? Quantity)
{
    public PriceAlert? Alert { get; init; }
}
