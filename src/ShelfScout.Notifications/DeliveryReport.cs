namespace ShelfScout.Notifications;

/// <summary>
/// What one <see cref="AlertNotifier.DeliverPendingAsync"/> call did for one target: alerts delivered now, alerts
/// rejected permanently now, alerts still pending (retried on the next call), and the reason of the failure if any.
/// </summary>
public sealed record DeliveryReport(Uri Target, int Delivered, int Failed, int Pending, string? Error)
{
    public bool Succeeded => Error is null;

    /// <summary>One line for people: "notified N alerts to URL" or "notification to URL failed: reason (N pending, will retry next run)".</summary>
    public string Describe() =>
        Error is null
            ? $"notified {Delivered} alert{(Delivered == 1 ? string.Empty : "s")} to {Target}"
            : $"notification to {Target} failed: {Error} ({Pending} pending, will retry next run)";
}
