using ShelfScout.Domain.Runs;

namespace ShelfScout.Storage.Alerts;

/// <summary>Which stored alerts to read: every filter is optional; results are oldest first (by id).</summary>
public sealed record AlertQuery
{
    public long? RetailerId { get; init; }

    public long? RunId { get; init; }

    /// <summary>Only alerts raised at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only these kinds (empty or null: all).</summary>
    public IReadOnlyCollection<PriceAlertKind>? Kinds { get; init; }

    /// <summary>Only alerts with an id greater than this (a delivery cursor).</summary>
    public long? AfterId { get; init; }

    public int? Limit { get; init; }
}
