namespace ShelfScout.Storage.Alerts;

/// <summary>
/// Delivery state of alerts to notification targets (keyed by the target's URL): a cursor per target and retailer,
/// and a state per target and alert. Alerts at or below the cursor are settled; above it, an alert with no state or a
/// <see cref="AlertDeliveryStatus.Pending"/> one is still to be sent.
/// </summary>
public interface IAlertDeliveryStore
{
    /// <summary>
    /// The target's cursor for the retailer. A target seen for the first time gets one just below the first alert of
    /// the retailer's latest run (or at its newest alert when that run raised none), so it receives that run's alerts
    /// and later ones, not the whole history.
    /// </summary>
    Task<long> OpenDeliveryCursorAsync(string targetKey, long retailerId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Moves the cursor forward (never back).</summary>
    Task AdvanceDeliveryCursorAsync(string targetKey, long retailerId, long cursorAlertId, CancellationToken cancellationToken);

    /// <summary>The recorded states of the target's alerts with an id above <paramref name="afterAlertId"/>.</summary>
    Task<IReadOnlyList<AlertDelivery>> GetDeliveriesAsync(string targetKey, long afterAlertId, CancellationToken cancellationToken);

    /// <summary>
    /// Records an outcome for the alerts: sets their status, adds <paramref name="attempts"/>, keeps the error (null
    /// clears it), and stamps the delivery time when delivered. A delivered alert is never set back to another status.
    /// </summary>
    Task RecordDeliveriesAsync(
        string targetKey,
        IReadOnlyCollection<long> alertIds,
        AlertDeliveryStatus status,
        int attempts,
        string? error,
        DateTimeOffset at,
        CancellationToken cancellationToken);
}
