namespace ShelfScout.Storage.Records;

/// <summary>A price seen on a page at a time; <see cref="RunId"/> is the run that saw it (its alerts name it).</summary>
public sealed record PriceObservation(decimal Price, decimal? RegularPrice, string? Currency, DateTimeOffset ObservedAt, string SourceUrl)
{
    public long? RunId { get; init; }
}
