using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Timeout;
using ShelfScout.Domain.Sites;
using ShelfScout.Fetching.Network;
using ShelfScout.Fetching.Politeness;
using ShelfScout.Fetching.Resilience;
using ShelfScout.Fetching.Robots;
using ShelfScout.Fetching.Transport;

namespace ShelfScout.Fetching;

/// <summary>The production <see cref="IPageFetcher"/>: robots.txt, per-host politeness, retries, timeouts, a size cap, redirects followed hop by hop and the SSRF policy.</summary>
public sealed class HttpPageFetcher : IPageFetcher, IDisposable
{
    /// <summary>A Crawl-delay above this is clamped: a site asking for an hour between pages would stall the run.</summary>
    private static readonly TimeSpan MaxCrawlDelay = TimeSpan.FromSeconds(60);

    /// <summary>Google's limit for robots.txt; the rest of an oversized file is ignored.</summary>
    private const long MaxRobotsBytes = 500 * 1024;

    /// <summary>RFC 9309 asks crawlers to follow at least five redirects for robots.txt.</summary>
    private const int MaxRobotsRedirects = 5;

    private readonly FetchOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly NetworkPolicy _network;
    private readonly HttpTransport _transport;
    private readonly HostThrottle _throttle;
    private readonly IHostGate _gate;
    private readonly RobotsCache _robots;
    private readonly ResiliencePipeline<FetchAttempt> _retry;
    private readonly ResiliencePipeline _attemptTimeout;
    private readonly CancellationTokenSource _disposed = new();

    public HttpPageFetcher(FetchOptions options, TimeProvider timeProvider, ILogger<HttpPageFetcher>? logger = null)
        : this(options, timeProvider, logger, TcpSocketConnect.ConnectAsync)
    {
    }

    /// <summary>A fetcher whose requests also pass <paramref name="gate"/>: politeness shared with other processes (a cluster).</summary>
    public HttpPageFetcher(FetchOptions options, TimeProvider timeProvider, IHostGate gate, ILogger<HttpPageFetcher>? logger = null)
        : this(options, timeProvider, logger, TcpSocketConnect.ConnectAsync, gate: gate)
    {
    }

    /// <summary>
    /// Tests pass a <paramref name="connect"/> that records every address the policy let through, and may pass a
    /// <paramref name="resolve"/> that answers from a table instead of DNS.
    /// </summary>
    internal HttpPageFetcher(FetchOptions options, TimeProvider timeProvider, ILogger<HttpPageFetcher>? logger, SocketConnect connect, HostResolver? resolve = null, IHostGate? gate = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options;
        _timeProvider = timeProvider;
        _gate = gate ?? LocalHostGate.Instance;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _network = new NetworkPolicy(options.NetworkScope, options.AllowPrivateNetwork);
        _transport = new HttpTransport(options, timeProvider, new GuardedConnector(_network, connect, resolve));
        _throttle = new HostThrottle(
            options.PerHostConcurrency,
            options.Concurrency,
            timeProvider,
            options.AutoThrottle ? () => new AutoThrottleDelay(options.AutoThrottleTargetConcurrency, options.AutoThrottleMaxDelay) : null);
        _robots = new RobotsCache(LoadRobotsAsync, timeProvider, options.RobotsCacheLifetime);
        _retry = FetchPipeline.CreateRetry(options, timeProvider, Statistics, _logger);
        _attemptTimeout = FetchPipeline.CreateTimeout(options, timeProvider);
    }

    /// <summary>Running totals of requests, bytes, retries and failures.</summary>
    public FetchStatistics Statistics { get; } = new();

    /// <inheritdoc />
    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken) => FetchAsync(url, null, cancellationToken);

    public async Task<FetchResult> FetchAsync(Uri url, PageValidators? validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!IsHttp(url))
        {
            Statistics.AddFailure();
            return Failure(url, url, FetchOutcome.NetworkError, "not an absolute http(s) URL");
        }

        var result = await FollowAsync(url, _options.MaxRedirects, pageRules: true, _options.MaxResponseBytes, validators, cancellationToken).ConfigureAwait(false);
        if (result.IsNotModified)
        {
            Log.Fetched(_logger, url, result.StatusCode, 0);
        }
        else if (result.IsSuccess)
        {
            Statistics.AddBytes(result.Body.Length);
            Log.Fetched(_logger, url, result.StatusCode, result.Body.Length);
        }
        else if (result.Outcome == FetchOutcome.DisallowedByRobots)
        {
            Statistics.AddDisallowed();
            Log.DisallowedByRobots(_logger, result.FinalUrl);
        }
        else
        {
            Statistics.AddFailure();
            Log.FetchFailed(_logger, url, result.Describe());
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

    /// <summary>
    /// The robots.txt at <paramref name="robotsUrl"/>: another fetcher's copy through the gate while it is fresh, else
    /// loaded here and shared. The gate being unreachable only means loading it here.
    /// </summary>
    private async Task<RobotsTxt> LoadRobotsAsync(Uri robotsUrl)
    {
        var host = SiteIdentity.PolitenessKey(robotsUrl);
        try
        {
            if (await _gate.GetRobotsAsync(host, robotsUrl, _disposed.Token).ConfigureAwait(false) is { } shared && _timeProvider.GetUtcNow() - shared.LoadedAt < _robots.Lifetime)
            {
                return shared.Body is null ? RobotsTxt.AllowAll : RobotsTxt.Parse(shared.Body, shared.FinalUrl);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.RobotsShareFailed(_logger, robotsUrl, ex);
        }
        catch (OperationCanceledException)
        {
            return RobotsTxt.AllowAll;
        }

        var loadedAt = _timeProvider.GetUtcNow();
        var (robots, body, finalUrl) = await FetchRobotsAsync(robotsUrl).ConfigureAwait(false);
        if (finalUrl is not null)
        {
            try
            {
                await _gate.ShareRobotsAsync(host, robotsUrl, new SharedRobots(body, finalUrl, loadedAt), _disposed.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.RobotsShareFailed(_logger, robotsUrl, ex);
            }
            catch (OperationCanceledException)
            {
                // The fetcher is being disposed: nobody waits for the copy.
            }
        }

        return robots;
    }

    /// <summary>Loads robots.txt over HTTP: the parsed file, its text (null: allow all) and the URL it came from (null when the fetcher was disposed meanwhile: nothing to share).</summary>
    private async Task<(RobotsTxt Robots, string? Body, Uri? FinalUrl)> FetchRobotsAsync(Uri robotsUrl)
    {
        FetchResult attempt;
        try
        {
            // Not tied to the first caller's token (see RobotsCache); only disposing the fetcher stops it.
            // RFC 9309 §2.3.1.2: follow at least five redirects, to any host (the SSRF policy still applies).
            attempt = await FollowAsync(robotsUrl, MaxRobotsRedirects, pageRules: false, MaxRobotsBytes, null, _disposed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return (RobotsTxt.AllowAll, null, null);
        }

        Log.RobotsLoaded(_logger, robotsUrl, attempt.Outcome, attempt.StatusCode);
        if (attempt.Outcome == FetchOutcome.Ok)
        {
            var body = Encoding.UTF8.GetString(attempt.Body.Span);
            return (RobotsTxt.Parse(body, attempt.FinalUrl), body, attempt.FinalUrl);
        }

        // 4xx means "no robots.txt": allow all (RFC 9309 §2.3.1.3). RFC 9309 says to assume full disallow on 5xx
        // and network errors; we deliberately treat them as allow-all after our retries, because a store whose
        // robots.txt endpoint is broken is far more often broken than forbidding, and per-host politeness still applies.
        Log.RobotsUnavailable(_logger, robotsUrl, attempt.Describe());
        return (RobotsTxt.AllowAll, null, attempt.FinalUrl);
    }

    /// <summary>
    /// Fetches <paramref name="requested"/> and follows its redirects itself, each hop treated like a first request:
    /// the SSRF policy, then (for pages) the same-site rule and the target's robots.txt and Crawl-delay, then that
    /// host's politeness slot and the retry pipeline.
    /// </summary>
    private async Task<FetchResult> FollowAsync(Uri requested, int maxRedirects, bool pageRules, long maxBytes, PageValidators? validators, CancellationToken cancellationToken)
    {
        var hop = requested;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var redirects = 0; ; redirects++)
        {
            if (AddressClassifier.Literal(hop.Host) is { } literal && _network.Refusal(literal) is { } refusal)
            {
                // An IP literal is judged before any robots.txt request or connection; names are judged at connect time.
                return Failure(requested, hop, FetchOutcome.Blocked, refusal);
            }

            var gap = _options.PerHostDelay;
            if (pageRules && _options.RespectRobotsTxt)
            {
                var robots = await GetRobotsAsync(hop, cancellationToken).ConfigureAwait(false);
                if (!robots.IsAllowed(hop.PathAndQuery, _options.UserAgent))
                {
                    return Failure(requested, hop, FetchOutcome.DisallowedByRobots, null);
                }

                if (robots.CrawlDelay(_options.UserAgent) is { } crawlDelay && crawlDelay > gap)
                {
                    gap = crawlDelay < MaxCrawlDelay ? crawlDelay : MaxCrawlDelay;
                }
            }

            // Validators belong to the URL they came from: only the first hop is conditional.
            var attempt = await FetchWithRetriesAsync(hop, gap, maxBytes, redirects == 0 ? validators : null, cancellationToken).ConfigureAwait(false);
            if (attempt.RedirectTo is not { } target)
            {
                return new FetchResult(requested, attempt.FinalUrl, attempt.Outcome, attempt.StatusCode, attempt.ContentType, attempt.Body, attempt.Error) { Validators = attempt.Validators };
            }

            visited.Add(hop.AbsoluteUri);
            if (redirects >= maxRedirects || visited.Contains(target.AbsoluteUri))
            {
                var why = redirects >= maxRedirects
                    ? string.Create(CultureInfo.InvariantCulture, $"too many redirects (more than {maxRedirects}, last to {target})")
                    : string.Create(CultureInfo.InvariantCulture, $"too many redirects (a loop back to {target})");
                return Failure(requested, hop, FetchOutcome.TooManyRedirects, why) with { StatusCode = attempt.StatusCode };
            }

            if (!IsHttp(target) || (pageRules && !SiteIdentity.IsSameSite(target, requested)))
            {
                return Failure(requested, hop, FetchOutcome.OffSiteRedirect, $"redirected off site to {target}") with { StatusCode = attempt.StatusCode };
            }

            Log.Redirected(_logger, hop, attempt.StatusCode, target);
            hop = target;
        }
    }

    /// <summary>Runs attempts through the retry pipeline; exhausted network errors and timeouts become results.</summary>
    private async Task<FetchAttempt> FetchWithRetriesAsync(Uri url, TimeSpan gap, long maxBytes, PageValidators? validators, CancellationToken cancellationToken)
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
                        var attempt = await state.Fetcher.AttemptAsync(state.Url, state.Gap, state.MaxBytes, state.Validators, ctx.CancellationToken).ConfigureAwait(false);
                        return Outcome.FromResult(attempt);
                    }
                    catch (HttpRequestException ex) when (AddressRefusedException.Find(ex) is { } refused)
                    {
                        // Not transient: the same address will be refused again, so this never reaches the retries.
                        return Outcome.FromResult(new FetchAttempt(FetchOutcome.Blocked, 0, state.Url, null, ReadOnlyMemory<byte>.Empty, null, refused.Message));
                    }
                    catch (Exception ex) when (ex is HttpRequestException or IOException or SocketException or TimeoutRejectedException)
                    {
                        return Outcome.FromException<FetchAttempt>(ex);
                    }
                },
                context,
                (Fetcher: this, Url: url, Gap: gap, MaxBytes: maxBytes, Validators: validators)).ConfigureAwait(false);

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

    /// <summary>
    /// One polite attempt: wait for the host and global slots, then send under the per-attempt timeout. A 429 or 503
    /// pushes the whole host back; any other answer feeds AutoThrottle.
    /// </summary>
    private async Task<FetchAttempt> AttemptAsync(Uri url, TimeSpan gap, long maxBytes, PageValidators? validators, CancellationToken cancellationToken)
    {
        var host = SiteIdentity.PolitenessKey(url);
        // The throttle wait sits outside the timeout: queueing behind other requests is not the server being slow.
        // The shared gate comes first, so a request waiting for a cluster-wide slot holds no local one.
        await using var pass = (await _gate.EnterAsync(host, gap, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        using var lease = await _throttle.AcquireAsync(host, gap, cancellationToken).ConfigureAwait(false);
        Statistics.AddRequest();
        var started = _timeProvider.GetTimestamp();
        var attempt = await _attemptTimeout.ExecuteAsync(
            static (state, ct) => new ValueTask<FetchAttempt>(state.Transport.SendAsync(state.Url, state.MaxBytes, state.Validators, ct)),
            (Transport: _transport, Url: url, MaxBytes: maxBytes, Validators: validators),
            cancellationToken).ConfigureAwait(false);
        var clock = _throttle.Clock(host);
        if (FetchPipeline.IsPushBack(attempt))
        {
            var wait = clock.PushBack(_timeProvider.GetUtcNow(), attempt.RetryAfter, _options.RetryBaseDelay, FetchPipeline.MaxBackoff);
            Log.HostPushedBack(_logger, host, attempt.StatusCode, wait);
            await _gate.PushedBackAsync(host, wait, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            clock.Answered(_timeProvider.GetElapsedTime(started), attempt.Outcome is FetchOutcome.Ok or FetchOutcome.NotModified || attempt.RedirectTo is not null);
        }

        return attempt;
    }

    /// <summary>Cancellation (and anything unforeseen) leaves with its original stack trace.</summary>
    private static FetchAttempt Rethrow(Exception exception)
    {
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);
        return null!;
    }

    private static FetchAttempt Failed(Uri url, FetchOutcome outcome, string error) =>
        new(outcome, 0, url, null, ReadOnlyMemory<byte>.Empty, null, error);

    private static FetchResult Failure(Uri requested, Uri final, FetchOutcome outcome, string? error) =>
        new(requested, final, outcome, 0, null, ReadOnlyMemory<byte>.Empty, error);

    private static bool IsHttp(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
