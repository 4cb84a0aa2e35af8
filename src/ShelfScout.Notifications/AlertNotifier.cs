using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using ShelfScout.Domain.Alerts;
using ShelfScout.Domain.Runs;
using ShelfScout.Notifications.Webhooks;
using ShelfScout.Storage;
using ShelfScout.Storage.Alerts;

namespace ShelfScout.Notifications;

/// <summary>
/// Delivers a retailer's stored alerts to a webhook, each alert once: the store keeps per target a cursor and per
/// alert a state, so alerts left pending by a failed or crashed call are sent by the next one and delivered ones are
/// never sent again. Safe to call after every run, or on a timer from a long-running service.
/// </summary>
public sealed class AlertNotifier
{
    public const string DeliveryHeader = "X-ShelfScout-Delivery";
    public const string TimestampHeader = "X-ShelfScout-Timestamp";

    private readonly HttpClient _httpClient;
    private readonly TimeProvider _timeProvider;
    private readonly NotifierOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <param name="httpClient">A long-lived client; its own timeout should be longer than <see cref="NotifierOptions.RequestTimeout"/>.</param>
    public AlertNotifier(HttpClient httpClient, TimeProvider timeProvider, NotifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _httpClient = httpClient;
        _timeProvider = timeProvider;
        _options = options ?? new NotifierOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1);
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(0, _options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                Delay = _options.RetryDelay,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(response => IsTransient(response.StatusCode)),
            })
            .AddTimeout(_options.RequestTimeout)
            .Build();
    }

    /// <summary>
    /// Sends every alert of the retailer that matches the target's rules and that the target has not received, in
    /// batches; stops at the first batch that fails (the rest stay pending). Never throws for a delivery failure,
    /// only for cancellation or a store error.
    /// </summary>
    public async Task<DeliveryReport> DeliverPendingAsync(IShelfStore store, long retailerId, NotificationTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(target);
        var key = TargetKey(target);
        var cursor = await store.OpenDeliveryCursorAsync(key, retailerId, _timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var alerts = await store.GetAlertsAsync(new AlertQuery { RetailerId = retailerId, AfterId = cursor }, cancellationToken).ConfigureAwait(false);
        if (alerts.Count == 0)
        {
            return new DeliveryReport(target.Url, 0, 0, 0, null);
        }

        var states = (await store.GetDeliveriesAsync(key, cursor, cancellationToken).ConfigureAwait(false)).ToDictionary(d => d.AlertId, d => d.Status);
        var due = alerts
            .Where(alert => target.Rules.Matches(alert))
            .Where(alert => !states.TryGetValue(alert.Id, out var status) || status == AlertDeliveryStatus.Pending)
            .ToList();
        var newlyDue = due.Where(alert => !states.ContainsKey(alert.Id)).Select(alert => alert.Id).ToList();
        if (newlyDue.Count > 0)
        {
            // Recorded before sending, so a crash mid-delivery leaves them visibly pending.
            await store.RecordDeliveriesAsync(key, newlyDue, AlertDeliveryStatus.Pending, 0, null, _timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        int delivered = 0, failed = 0;
        string? error = null;
        var retailer = alerts[0].RetailerName ?? retailerId.ToString(CultureInfo.InvariantCulture);
        foreach (var batch in due.Chunk(_options.BatchSize))
        {
            var ids = batch.Select(alert => alert.Id).ToList();
            var outcome = await SendAsync(target, key, retailer, batch, cancellationToken).ConfigureAwait(false);
            var status = outcome.Error is null ? AlertDeliveryStatus.Delivered : outcome.Permanent ? AlertDeliveryStatus.Failed : AlertDeliveryStatus.Pending;
            await store.RecordDeliveriesAsync(key, ids, status, outcome.Attempts, outcome.Error, _timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            if (outcome.Error is not null)
            {
                error = outcome.Error;
                failed += outcome.Permanent ? ids.Count : 0;
                break;
            }

            delivered += ids.Count;
        }

        var pending = due.Count - delivered - failed;
        // Everything up to the cursor is settled: below the first alert still pending, or all that was read.
        var settledUpTo = pending > 0 ? due[delivered + failed].Id - 1 : alerts[^1].Id;
        await store.AdvanceDeliveryCursorAsync(key, retailerId, settledUpTo, cancellationToken).ConfigureAwait(false);
        return new DeliveryReport(target.Url, delivered, failed, pending, error);
    }

    /// <summary>The delivery id of a batch: the same target and alerts always give the same id, so a receiver can dedupe a resend.</summary>
    public static string BatchId(string targetKey, IEnumerable<long> alertIds)
    {
        var text = targetKey + "\n" + string.Join(',', alertIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary>What delivery state is kept under: the URL, never the secret.</summary>
    public static string TargetKey(NotificationTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Url.AbsoluteUri;
    }

    private static bool IsTransient(HttpStatusCode status) => (int)status >= 500 || status == HttpStatusCode.TooManyRequests;

    private async Task<BatchOutcome> SendAsync(NotificationTarget target, string key, string retailer, IReadOnlyList<PriceAlert> batch, CancellationToken cancellationToken)
    {
        var body = AlertPayload.Write(retailer, batch, _options.SummaryItems);
        var deliveryId = BatchId(key, batch.Select(alert => alert.Id));
        var signature = string.IsNullOrEmpty(target.Secret) ? null : WebhookSignature.Compute(target.Secret, body);
        var attempts = 0;
        try
        {
            using var response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new ByteArrayContent(body) };
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    request.Headers.Add(DeliveryHeader, deliveryId);
                    request.Headers.Add(TimestampHeader, _timeProvider.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
                    if (signature is not null)
                    {
                        request.Headers.Add(WebhookSignature.HeaderName, signature);
                    }

                    return await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return new BatchOutcome(attempts, null, Permanent: false);
            }

            var reason = string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}").TrimEnd();
            return new BatchOutcome(attempts, reason, Permanent: !IsTransient(response.StatusCode));
        }
        catch (HttpRequestException ex)
        {
            return new BatchOutcome(attempts, ex.Message, Permanent: false);
        }
        catch (TimeoutRejectedException)
        {
            return new BatchOutcome(attempts, string.Create(CultureInfo.InvariantCulture, $"no answer within {_options.RequestTimeout.TotalSeconds:0.#} s"), Permanent: false);
        }
    }

    private sealed record BatchOutcome(int Attempts, string? Error, bool Permanent);
}
