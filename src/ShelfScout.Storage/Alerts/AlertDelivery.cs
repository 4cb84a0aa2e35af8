namespace ShelfScout.Storage.Alerts;

/// <summary>The delivery state of one alert to one target.</summary>
public sealed record AlertDelivery(
    string TargetKey,
    long AlertId,
    AlertDeliveryStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeliveredAt);
