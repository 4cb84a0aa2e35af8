using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Timeout;
using ShelfScout.Fetching.Politeness;
using ShelfScout.Fetching.Resilience;
using ShelfScout.Fetching.Robots;
using ShelfScout.Fetching.Transport;

namespace ShelfScout.Fetching;

/// <summary>The production <see cref="IPageFetcher"/>: robots.txt, per-host politeness, retries, timeouts and a size cap over HTTP.</summary>
public sealed class HttpPageFetcher : IPageFetcher, IDisposable
{
    /// <summary>A Crawl-delay above this is clamped: a site asking for an hour between pages would stall the run.</summary>
    private static readonly TimeSpan MaxCrawlDelay = TimeSpan.FromSeconds(60);

    /// <summary>Google's limit for robots.txt; the rest of an oversized file is ignored.</summary>
    private const long MaxRobotsBytes = 500 * 1024;

    private readonly FetchOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly HttpTransport _transport;
    private readonly HostThrottle _throttle;
    private readonly RobotsCache _robots;
    private readonly ResiliencePipeline<FetchAttempt> _retry;
    private readonly ResiliencePipeline _attemptTimeout;
    private readonly CancellationTokenSource _disposed = new();

    public HttpPageFetcher(FetchOptions options, TimeProvider timeProvider, ILogger<HttpPageFetcher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options;
        _timeProvider = timeProvider;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _transport = new HttpTransport(options, timeProvider);
        _throttle = new HostThrottle(options.PerHostConcurrency, options.Concurrency, timeProvider);
        _robots = new RobotsCache(LoadRobotsAsync);
        _retry = FetchPipeline.CreateRetry(options, timeProvider, Statistics, _logger);
        _attemptTimeout = FetchPipeline.CreateTimeout(options, timeProvider);
    }

    /// <summary>Running totals of requests, bytes, retries and failures.</summary>
    public FetchStatistics Statistics { get; } = new();

    /// <inheritdoc />
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            Statistics.AddFailure();
            return new FetchResult(url, url, FetchOutcome.NetworkError, 0, null, ReadOnlyMemory<byte>.Empty, "not an absolute http(s) URL");
        }

        var gap = _options.PerHostDelay;
        if (_options.RespectRobotsTxt)
        {
            var robots = await GetRobotsAsync(url, cancellationToken).ConfigureAwait(false);
            if (!robots.IsAllowed(url.PathAndQuery, _options.UserAgent))
            {
                Statistics.AddDisallowed();
                Log.DisallowedByRobots(_logger, url);
                return new FetchResult(url, url, FetchOutcome.DisallowedByRobots, 0, null, ReadOnlyMemory<byte>.Empty, null);
            }

            if (robots.CrawlDelay(_options.UserAgent) is { } crawlDelay && crawlDelay > gap)
            {
                gap = crawlDelay < MaxCrawlDelay ? crawlDelay : MaxCrawlDelay;
            }
        }

        var attempt = await FetchWithRetriesAsync(url, gap, _options.MaxResponseBytes, cancellationToken).ConfigureAwait(false);
        var result = new FetchResult(url, attempt.FinalUrl, attempt.Outcome, attempt.StatusCode, attempt.ContentType, attempt.Body, attempt.Error);
        if (result.IsSuccess)
        {
            Statistics.AddBytes(result.Body.Length);
            Log.Fetched(_logger, url, result.StatusCode, result.Body.Length);
        }
        else
        {
            Statistics.AddFailure();
            Log.FetchFailed(_logger, url, result.Outcome, result.Describe());
        }

        return result;
    }

    /// <summary>
    /// The robots.txt of <paramref name="anyUrlOnHost"/>'s origin, fetched once per fetcher and shared by concurrent
    /// callers. A missing or unreadable file comes back as <see cref="RobotsTxt.AllowAll"/>.
    /// </summary>
    public Task<RobotsTxt> GetRobotsAsync(Uri anyUrlOnHost, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anyUrlOnHost);
        return _robots.GetAsync(anyUrlOnHost, cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _disposed.Cancel();
        _throttle.Dispose();
        _transport.Dispose();
        _disposed.Dispose();
    }

    private async Task<RobotsTxt> LoadRobotsAsync(Uri robotsUrl)
    {
        FetchAttempt attempt;
        try
        {
            // Not tied to the first caller's token (see RobotsCache); only disposing the fetcher stops it.
            attempt = await FetchWithRetriesAsync(robotsUrl, _options.PerHostDelay, MaxRobotsBytes, _disposed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return RobotsTxt.AllowAll;
        }

        Log.RobotsLoaded(_logger, robotsUrl, attempt.Outcome, attempt.StatusCode);
        if (attempt.Outcome == FetchOutcome.Ok)
        {
            return RobotsTxt.Parse(Encoding.UTF8.GetString(attempt.Body.Span), attempt.FinalUrl);
        }

        // 4xx means "no robots.txt": allow all (RFC 9309 §2.3.1.3). RFC 9309 says to assume full disallow on 5xx
        // and network errors; we deliberately treat them as allow-all after our retries, because a store whose
        // robots.txt endpoint is broken is far more often broken than forbidding, and per-host politeness still applies.
        Log.RobotsUnavailable(_logger, robotsUrl, attempt.Error ?? attempt.Outcome.ToString());
        return RobotsTxt.AllowAll;
    }

    /// <summary>Runs attempts through the retry pipeline; exhausted network errors and timeouts become results.</summary>
    private async Task<FetchAttempt> FetchWithRetriesAsync(Uri url, TimeSpan gap, long maxBytes, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(FetchPipeline.UrlKey, url);
        try
        {
            var outcome = await _retry.ExecuteOutcomeAsync(
                static async (ctx, state) =>
                {
                    try
                    {
                        var attempt = await state.Fetcher.AttemptAsync(state.Url, state.Gap, state.MaxBytes, ctx.CancellationToken).ConfigureAwait(false);
                        return Outcome.FromResult(attempt);
                    }
                    catch (Exception ex) when (ex is HttpRequestException or IOException or SocketException or TimeoutRejectedException)
                    {
                        return Outcome.FromException<FetchAttempt>(ex);
                    }
                },
                context,
                (Fetcher: this, Url: url, Gap: gap, MaxBytes: maxBytes)).ConfigureAwait(false);

            return outcome.Exception switch
            {
                null => outcome.Result!,
                TimeoutRejectedException => Failed(url, FetchOutcome.Timeout, "timed out after " + _options.RequestTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture)),
                HttpRequestException or IOException or SocketException => Failed(url, FetchOutcome.NetworkError, outcome.Exception.Message),
                _ => Rethrow(outcome.Exception),
            };
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One polite attempt: wait for the host and global slots, then send under the per-attempt timeout.</summary>
    private async Task<FetchAttempt> AttemptAsync(Uri url, TimeSpan gap, long maxBytes, CancellationToken cancellationToken)
    {
        // The throttle wait sits outside the timeout: queueing behind other requests is not the server being slow.
        using var lease = await _throttle.AcquireAsync(url.Authority, gap, cancellationToken).ConfigureAwait(false);
        Statistics.AddRequest();
        return await _attemptTimeout.ExecuteAsync(
            static (state, ct) => new ValueTask<FetchAttempt>(state.Transport.SendAsync(state.Url, state.MaxBytes, ct)),
            (Transport: _transport, Url: url, MaxBytes: maxBytes),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancellation (and anything unforeseen) leaves with its original stack trace.</summary>
    private static FetchAttempt Rethrow(Exception exception)
    {
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);
        return null!;
    }

    private static FetchAttempt Failed(Uri url, FetchOutcome outcome, string error) =>
        new(outcome, 0, url, null, ReadOnlyMemory<byte>.Empty, null, error);
}
