using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using ShelfScout.Fetching.Politeness;

namespace ShelfScout.Fetching.Resilience;

/// <summary>Builds the Polly pipelines: retries around whole attempts, and a per-attempt timeout.</summary>
internal static class FetchPipeline
{
    /// <summary>The URL being fetched, carried on the resilience context for logging.</summary>
    public static readonly ResiliencePropertyKey<Uri> UrlKey = new("ShelfScout.Url");

    /// <summary>Our own backoff never grows past this, however many retries are configured.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public static ResiliencePipeline<FetchAttempt> CreateRetry(
        FetchOptions options, TimeProvider timeProvider, FetchStatistics statistics, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<FetchAttempt> { TimeProvider = timeProvider };
        if (options.MaxRetries <= 0)
        {
            return builder.Build();
        }

        var baseDelay = options.RetryBaseDelay;
        return builder.AddRetry(new RetryStrategyOptions<FetchAttempt>
        {
            MaxRetryAttempts = options.MaxRetries,
            ShouldHandle = new PredicateBuilder<FetchAttempt>()
                .Handle<HttpRequestException>()
                .Handle<IOException>()
                .Handle<SocketException>()
                .Handle<TimeoutRejectedException>()
                .HandleResult(attempt => attempt.IsTransient),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
                IsPushBack(args.Outcome.Result)
                    // The host's clock was pushed back for every request to it; waiting here as well would double it.
                    ? TimeSpan.Zero
                    : args.Outcome.Result?.RetryAfter ?? Backoff.Exponential(args.AttemptNumber + 1, baseDelay, MaxBackoff)),
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

    /// <summary>429 and 503 slow the whole host down (see <see cref="HostClock.PushBack"/>).</summary>
    public static bool IsPushBack(FetchAttempt? attempt) =>
        attempt is { Outcome: FetchOutcome.HttpError, StatusCode: (int)HttpStatusCode.TooManyRequests or (int)HttpStatusCode.ServiceUnavailable };

    public static ResiliencePipeline CreateTimeout(FetchOptions options, TimeProvider timeProvider) =>
        new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddTimeout(options.RequestTimeout)
            .Build();
}
