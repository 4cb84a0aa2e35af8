namespace ShelfScout.Notifications;

/// <summary>How alerts are delivered to a webhook: batch size, retries and timeouts.</summary>
public sealed record NotifierOptions
{
    /// <summary>Alerts in one POST. 100 keeps a body well under the size chat webhooks accept.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>Retries of one batch after a 5xx, a 429, a network error or a timeout; then the batch stays pending for the next call.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first retry's delay; each further retry doubles it (1, 2, 4, 8 s by default).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one POST may take before it counts as a transient failure.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Summaries in the payload's <c>text</c> line before "and N more".</summary>
    public int SummaryItems { get; init; } = 5;
}
