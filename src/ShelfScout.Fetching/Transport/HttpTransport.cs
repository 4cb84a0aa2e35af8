using System.Buffers;
using System.Net;
using ShelfScout.Fetching.Resilience;

namespace ShelfScout.Fetching.Transport;

/// <summary>One long-lived <see cref="HttpClient"/> and the code that turns one request into a <see cref="FetchAttempt"/>.</summary>
internal sealed class HttpTransport : IDisposable
{
    private readonly HttpClient _client;
    private readonly TimeProvider _timeProvider;

    public HttpTransport(FetchOptions options, TimeProvider timeProvider, GuardedConnector connector)
    {
        _timeProvider = timeProvider;
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            // The fetcher follows redirects itself so every hop gets robots.txt, politeness and the same-site rule.
            AllowAutoRedirect = false,
            ConnectTimeout = options.ConnectTimeout < options.RequestTimeout ? options.ConnectTimeout : options.RequestTimeout,
            ConnectCallback = connector.ConnectAsync,
            // A proxy would make the connect callback vet the proxy's address instead of the target's.
            UseProxy = false,
            // Recycle pooled connections now and then so a long run notices DNS changes.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        };
        // Polly's per-attempt timeout (on the injected TimeProvider) governs; HttpClient's own would use the wall clock.
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        _client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en;q=0.9,*;q=0.5");
    }

    /// <summary>
    /// Sends one GET and reads at most <paramref name="maxBytes"/> of body. Network failures throw
    /// (<see cref="HttpRequestException"/>, <see cref="IOException"/>) so the retry strategy sees them.
    /// </summary>
    public async Task<FetchAttempt> SendAsync(Uri url, long maxBytes, PageValidators? validators, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators?.ETag is { Length: > 0 } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { Length: > 0 } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            .ConfigureAwait(false);
        var finalUrl = response.RequestMessage?.RequestUri ?? url;
        var status = (int)response.StatusCode;
        var contentType = response.Content.Headers.ContentType?.ToString();

        if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
        {
            var target = location.IsAbsoluteUri ? location : new Uri(url, location);
            return new FetchAttempt(FetchOutcome.HttpError, status, finalUrl, contentType, ReadOnlyMemory<byte>.Empty, null, response.ReasonPhrase) { RedirectTo = target };
        }

        var sent = Validators(response);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchAttempt(FetchOutcome.NotModified, status, finalUrl, contentType, ReadOnlyMemory<byte>.Empty, null, null) { Validators = sent ?? validators };
        }

        if (!response.IsSuccessStatusCode)
        {
            var retryAfter = RetryAfter.From(response.Headers.RetryAfter, _timeProvider.GetUtcNow());
            return new FetchAttempt(FetchOutcome.HttpError, status, finalUrl, contentType, ReadOnlyMemory<byte>.Empty, retryAfter, response.ReasonPhrase);
        }

        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return TooLarge(status, finalUrl, contentType, maxBytes);
        }

        var body = await ReadCappedAsync(response.Content, maxBytes, cancellationToken).ConfigureAwait(false);
        return body is null
            ? TooLarge(status, finalUrl, contentType, maxBytes)
            : new FetchAttempt(FetchOutcome.Ok, status, finalUrl, contentType, body, null, null) { Validators = sent };
    }

    private static PageValidators? Validators(HttpResponseMessage response)
    {
        var etag = response.Headers.ETag?.ToString();
        var lastModified = response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;
        return etag is null && lastModified is null ? null : new PageValidators(etag, lastModified);
    }

    public void Dispose() => _client.Dispose();

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>Reads the body, or returns null as soon as it grows past <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > maxBytes)
                    {
                        return null;
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            return buffer.ToArray();
        }
    }

    private static FetchAttempt TooLarge(int status, Uri finalUrl, string? contentType, long maxBytes) =>
        new(FetchOutcome.TooLarge, status, finalUrl, contentType, ReadOnlyMemory<byte>.Empty, null,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"response larger than {maxBytes} bytes"));
}
