namespace ShelfScout.Storage.Alerts;

/// <summary>Where one alert stands with one notification target.</summary>
public enum AlertDeliveryStatus
{
    /// <summary>Due to be sent (never tried, or every try so far failed transiently).</summary>
    Pending,

    Delivered,

    /// <summary>The receiver rejected it permanently (a 4xx other than 429); not retried.</summary>
    Failed,
}
