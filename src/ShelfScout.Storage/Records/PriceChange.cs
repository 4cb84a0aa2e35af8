using ShelfScout.Domain.Runs;

namespace ShelfScout.Storage.Records;

/// <summary>
/// A price history entry that was appended; <paramref name="PreviousPrice"/> is null for the first observation.
/// <see cref="Alert"/> is the alert the store raised for it (a drop or a rise), null for a first observation or a
/// change of list price or currency only.
/// </summary>
public sealed record PriceChange(long ProductId, decimal? PreviousPrice, decimal NewPrice, string? Currency)
{
    public PriceAlert? Alert { get; init; }
}
