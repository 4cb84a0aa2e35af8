using ShelfScout.Domain.Runs;

namespace ShelfScout.Storage.Alerts;

/// <summary>
/// Alerts kept as data. Price and stock alerts are raised by the store itself, in the transaction that appends the
/// history row recording the change (<see cref="Observations.IObservationStore.RecordPriceAsync"/>, <see cref="Observations.IObservationStore.RecordStockAsync"/>),
/// so wherever an offer is recorded its change is alerted, once. Other alerts (new, delisted) are raised here with a
/// key naming the event; raising the same key twice stores one alert.
/// </summary>
public interface IAlertStore
{
    /// <summary>Stores the alert unless one with <paramref name="dedupKey"/> exists; returns the stored alert, or null when it already was.</summary>
    Task<PriceAlert?> RaiseAlertAsync(PriceAlert alert, string dedupKey, long? runId, DateTimeOffset raisedAt, CancellationToken cancellationToken);

    Task<IReadOnlyList<PriceAlert>> GetAlertsAsync(AlertQuery query, CancellationToken cancellationToken);

    /// <summary>How many alerts match (ignores <see cref="AlertQuery.Limit"/>).</summary>
    Task<int> CountAlertsAsync(AlertQuery query, CancellationToken cancellationToken);
}
