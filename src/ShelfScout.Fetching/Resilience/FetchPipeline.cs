using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ShelfScout.Fetching.Resilience;

/// <summary>Builds the Polly pipelines: retries around whole attempts, and a per-attempt timeout.</summary>
internal static class FetchPipeline
{
    /// <summary>The URL being fetched, carried on the resilience context for logging.</summary>
    public static readonly ResiliencePropertyKey<Uri> UrlKey = new("ShelfScout.Url");

    /// <summary>Backoff never grows past this, however many retries are configured.</summary>
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public static ResiliencePipeline<FetchAttempt> CreateRetry(
        FetchOptions options, TimeProvider timeProvider, FetchStatistics statistics, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<FetchAttempt> { TimeProvider = timeProvider };
        if (options.MaxRetries <= 0)
        {
            return builder.Build();
        }

        return builder.AddRetry(new RetryStrategyOptions<FetchAttempt>
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = MaxBackoff,
            ShouldHandle = new PredicateBuilder<FetchAttempt>()
                .Handle<HttpRequestException>()
                .Handle<IOException>()
                .Handle<SocketException>()
                .Handle<TimeoutRejectedException>()
                .HandleResult(attempt => attempt.IsTransient),
            // A Retry-After from the server beats our own backoff; null falls back to exponential + jitter.
            DelayGenerator = static args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            OnRetry = args =>
            {
                statistics.AddRetry();
                var reason = args.Outcome.Exception?.Message
                    ?? (args.Outcome.Result is { } r ? "HTTP " + r.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unknown");
                var url = args.Context.Properties.GetValue(UrlKey, null!);
                Log.Retrying(logger, url, args.AttemptNumber + 1, args.RetryDelay, reason);
                return default;
            },
        }).Build();
    }

    public static ResiliencePipeline CreateTimeout(FetchOptions options, TimeProvider timeProvider) =>
        new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddTimeout(options.RequestTimeout)
            .Build();
}
