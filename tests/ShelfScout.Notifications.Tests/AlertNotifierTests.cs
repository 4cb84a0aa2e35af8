using System.Text.Json;
using ShelfScout.Domain.Alerts;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Notifications.Webhooks;
using ShelfScout.Storage.Alerts;

namespace ShelfScout.Notifications.Tests;

/// <summary>Webhook delivery of stored alerts against a real receiver on loopback and a real SQLite file.</summary>
public sealed class AlertNotifierTests
{
    [Fact]
    public async Task Deliver_PostsEveryStoredAlertOfTheRun_SignedAndShapedForChat()
    {
        await using var harness = await NotifierHarness.CreateAsync();
        var run = await harness.StartRunAsync();
        var tea = await harness.AddProductAsync("Tea", 10m, run);
        var mug = await harness.AddProductAsync("Mug", 4m, run, Availability.OutOfStock);
        var drop = await harness.ChangePriceAsync(tea, 8.5m, run);
        var back = await harness.ChangeStockAsync(mug, Availability.InStock, run);

        var report = await harness.DeliverAsync(harness.Notifier(), harness.Target());

        Assert.Equal((2, 0, 0, (string?)null), (report.Delivered, report.Failed, report.Pending, report.Error));
        Assert.Equal($"notified 2 alerts to {harness.Receiver.Url}", report.Describe());
        var request = Assert.Single(harness.Receiver.Requests);
        Assert.True(WebhookSignature.Verify("s3cret", request.Body, request.Headers[WebhookSignature.HeaderName]));
        Assert.False(WebhookSignature.Verify("other", request.Body, request.Headers[WebhookSignature.HeaderName]));
        Assert.Equal(32, request.Headers[AlertNotifier.DeliveryHeader].Length);
        var sentAt = long.Parse(request.Headers[AlertNotifier.TimestampHeader], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(sentAt, back.RaisedAt.ToUnixTimeSeconds(), harness.Time.GetUtcNow().ToUnixTimeSeconds());
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        Assert.Equal("2 ShelfScout alerts for Acme: Tea 10.00 -> 8.50 GBP (-15%), Mug back in stock", root.GetProperty("text").GetString());
        Assert.Equal("Acme", root.GetProperty("retailer").GetString());
        var alerts = root.GetProperty("alerts").EnumerateArray().ToList();
        Assert.Equal([drop.Id, back.Id], alerts.Select(a => a.GetProperty("id").GetInt64()));
        var first = alerts[0];
        Assert.Equal("price-drop", first.GetProperty("kind").GetString());
        Assert.Equal("Tea", first.GetProperty("product").GetString());
        Assert.Equal("SKU-1", first.GetProperty("sku").GetString());
        Assert.Equal((10m, 8.5m, -15m), (first.GetProperty("oldPrice").GetDecimal(), first.GetProperty("newPrice").GetDecimal(), first.GetProperty("percentChange").GetDecimal()));
        Assert.Equal("GBP", first.GetProperty("currency").GetString());
        Assert.Equal(run, first.GetProperty("runId").GetInt64());
        Assert.Equal(drop.RaisedAt, first.GetProperty("raisedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("variant").ValueKind);
        Assert.Equal(("back-in-stock", "OutOfStock", "InStock"), (alerts[1].GetProperty("kind").GetString(), alerts[1].GetProperty("oldAvailability").GetString(), alerts[1].GetProperty("newAvailability").GetString()));
        Assert.All(await harness.Store.GetDeliveriesAsync(AlertNotifier.TargetKey(harness.Target()), 0, CancellationToken.None), d =>
        {
            Assert.Equal(AlertDeliveryStatus.Delivered, d.Status);
            Assert.Equal(1, d.Attempts);
            Assert.NotNull(d.DeliveredAt);
        });
    }

    [Fact]
    public async Task Deliver_WithoutSecret_SendsNoSignature()
    {
        await using var harness = await NotifierHarness.CreateAsync();
        var run = await harness.StartRunAsync();
        await harness.ChangePriceAsync(await harness.AddProductAsync("Tea", 10m, run), 11m, run);

        await harness.DeliverAsync(harness.Notifier(), harness.Target(secret: null));

        Assert.False(Assert.Single(harness.Receiver.Requests).Headers.ContainsKey(WebhookSignature.HeaderName));
    }

    [Fact]
    public async Task ReceiverFailingTwice_GetsEveryAlertExactlyOnce_UnderOneDeliveryId_AfterBackoff()
    {
        await using var harness = await NotifierHarness.CreateAsync();
        var run = await harness.StartRunAsync();
        var stored = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            stored.Add((await harness.ChangePriceAsync(await harness.AddProductAsync($"P{i}", 10m, run), 9m, run)).Id);
        }

        harness.Receiver.FailFirst = 2;
        var before = harness.Time.GetUtcNow();

        var report = await harness.DeliverAsync(harness.Notifier(), harness.Target());

        Assert.Equal((5, 0, 0), (report.Delivered, report.Failed, report.Pending));
        Assert.Equal([503, 503, 204], harness.Receiver.Requests.Select(r => r.Answered));
        Assert.Single(harness.Receiver.Requests.Select(r => r.Headers[AlertNotifier.DeliveryHeader]).Distinct());
        Assert.Equal(stored, AlertIds(harness.Receiver.Accepted));
        // Exponential backoff in fake time: 1 s then 2 s.
        Assert.True(harness.Time.GetUtcNow() - before >= TimeSpan.FromSeconds(3));
        var deliveries = await harness.Store.GetDeliveriesAsync(AlertNotifier.TargetKey(harness.Target()), 0, CancellationToken.None);
        Assert.All(deliveries, d => Assert.Equal((AlertDeliveryStatus.Delivered, 3), (d.Status, d.Attempts)));
    }

    [Fact]
    public async Task ReceiverDown_LeavesAlertsPending_ARestartedNotifierDeliversThemOnce_AndNeverRepeats()
    {
        await using var harness = await NotifierHarness.CreateAsync();
        var run = await harness.StartRunAsync();
        var tea = await harness.AddProductAsync("Tea", 10m, run);
        var first = await harness.ChangePriceAsync(tea, 9m, run);
        harness.Receiver.AlwaysStatus = 503;

        var failed = await harness.DeliverAsync(harness.Notifier(), harness.Target());

        Assert.Equal((0, 1, "HTTP 503 Service Unavailable"), (failed.Delivered, failed.Pending, failed.Error));
        Assert.Equal($"notification to {harness.Receiver.Url} failed: HTTP 503 Service Unavailable (1 pending, will retry next run)", failed.Describe());
        Assert.Equal(NotifierHarness.Options.MaxRetries + 1, harness.Receiver.Requests.Count);
        var pending = Assert.Single(await harness.Store.GetDeliveriesAsync(AlertNotifier.TargetKey(harness.Target()), 0, CancellationToken.None));
        Assert.Equal((AlertDeliveryStatus.Pending, 4, "HTTP 503 Service Unavailable"), (pending.Status, pending.Attempts, pending.LastError));

        // A restart: same database file, a new notifier; one more alert raised meanwhile.
        await harness.ReopenAsync();
        var run2 = await harness.StartRunAsync();
        var second = await harness.ChangePriceAsync(tea, 7m, run2);
        harness.Receiver.AlwaysStatus = null;
        var recovered = await harness.DeliverAsync(harness.Notifier(), harness.Target());
        var again = await harness.DeliverAsync(harness.Notifier(), harness.Target());

        Assert.Equal((2, 0, true), (recovered.Delivered, recovered.Pending, recovered.Succeeded));
        Assert.Equal((0, 0), (again.Delivered, again.Pending));
        Assert.Equal([first.Id, second.Id], AlertIds(harness.Receiver.Accepted));
    }

    [Fact]
    public async Task PermanentRejection_IsRecordedFailed_NotRetried_AndLaterAlertsStillFlow()
    {
        await using var harness = await NotifierHarness.CreateAsync();
        var run = await harness.StartRunAsync();
        var tea = await harness.AddProductAsync("Tea", 10m, run);
        var rejected = await harness.ChangePriceAsync(tea, 9m, run);
        harness.Receiver.AlwaysStatus = 400;

        var report = await harness.DeliverAsync(harness.Notifier(), harness.Target());
        harness.Receiver.AlwaysStatus = null;
        var later = await harness.ChangePriceAsync(tea, 8m, run);
        var next = await harness.DeliverAsync(harness.Notifier(), harness.Target());

        Assert.Equal((0, 1, 0, "HTTP 400 Bad Request"), (report.Delivered, report.Failed, report.Pending, report.Error));
        Assert.Equal([400, 204], harness.Receiver.Requests.Select(r => r.Answered));
        Assert.Equal([later.Id], AlertIds(harness.Receiver.Accepted));
        Assert.Equal(1, next.Delivered);
        var deliveries = await harness.Store.GetDeliveriesAsync(AlertNotifier.TargetKey(harness.Target()), 0, CancellationToken.None);
        Assert.Equal((AlertDeliveryStatus.Failed, 1), (deliveries.Single(d => d.AlertId == rejected.Id).Status, deliveries.Single(d => d.AlertId == rejected.Id).Attempts));
    }

    [Fact]
    public async Task UnreachableReceiver_IsANetworkFailure_LeftPending()
    {
        await using var harness = await NotifierHarness.CreateAsync();
        var run = await harness.StartRunAsync();
        await harness.ChangePriceAsync(await harness.AddProductAsync("Tea", 10m, run), 9m, run);
        await harness.Receiver.DisposeAsync();

        var report = await harness.DeliverAsync(harness.Notifier(NotifierHarness.Options with { MaxRetries = 1 }), harness.Target());

        Assert.Equal((0, 0, 1), (report.Delivered, report.Failed, report.Pending));
        Assert.False(report.Succeeded);
    }

    [Fact]
    public async Task Rules_FilterKindsMinimumPercentAndPriceThreshold()
    {
        await using var harness = await NotifierHarness.CreateAsync();
        var run = await harness.StartRunAsync();
        var bigDrop = await harness.ChangePriceAsync(await harness.AddProductAsync("Tea", 10m, run), 7m, run);            // -30 %, 7.00
        await harness.ChangePriceAsync(await harness.AddProductAsync("Mug", 10m, run), 9.8m, run);                         // -2 %
        await harness.ChangePriceAsync(await harness.AddProductAsync("Pot", 100m, run), 60m, run);                         // -40 %, 60.00
        await harness.ChangePriceAsync(await harness.AddProductAsync("Jar", 10m, run), 13m, run);                          // rise
        await harness.ChangeStockAsync(await harness.AddProductAsync("Cup", 5m, run, Availability.OutOfStock), Availability.InStock, run);
        var rules = new NotificationRules { Kinds = [PriceAlertKind.PriceDrop], MinPercentChange = 5m, PriceAtOrBelow = 50m };

        var report = await harness.DeliverAsync(harness.Notifier(), harness.Target(rules: rules));

        Assert.Equal(1, report.Delivered);
        Assert.Equal([bigDrop.Id], AlertIds(harness.Receiver.Accepted));
    }

    [Fact]
    public async Task NewTarget_StartsAtTheLatestRun_NotTheWholeHistory()
    {
        await using var harness = await NotifierHarness.CreateAsync();
        var run1 = await harness.StartRunAsync();
        var tea = await harness.AddProductAsync("Tea", 10m, run1);
        await harness.ChangePriceAsync(tea, 9m, run1);
        var run2 = await harness.StartRunAsync();
        var current = await harness.ChangePriceAsync(tea, 8m, run2);

        await harness.DeliverAsync(harness.Notifier(), harness.Target());

        Assert.Equal([current.Id], AlertIds(harness.Receiver.Accepted));
    }

    [Fact]
    public async Task NewTarget_AfterARunWithoutAlerts_GetsOnlyLaterAlerts()
    {
        await using var harness = await NotifierHarness.CreateAsync();
        var run1 = await harness.StartRunAsync();
        var tea = await harness.AddProductAsync("Tea", 10m, run1);
        await harness.ChangePriceAsync(tea, 9m, run1);
        await harness.StartRunAsync();

        var first = await harness.DeliverAsync(harness.Notifier(), harness.Target());
        var later = await harness.ChangePriceAsync(tea, 8m, null);
        var second = await harness.DeliverAsync(harness.Notifier(), harness.Target());

        Assert.Equal((0, 1), (first.Delivered, second.Delivered));
        Assert.Equal([later.Id], AlertIds(harness.Receiver.Accepted));
    }

    [Fact]
    public async Task ManyAlerts_GoInBatches_EachWithItsOwnDeliveryId()
    {
        await using var harness = await NotifierHarness.CreateAsync();
        var run = await harness.StartRunAsync();
        for (var i = 0; i < 5; i++)
        {
            await harness.ChangePriceAsync(await harness.AddProductAsync($"P{i}", 10m, run), 12m, run);
        }

        var report = await harness.DeliverAsync(harness.Notifier(NotifierHarness.Options with { BatchSize = 2, SummaryItems = 1 }), harness.Target());

        Assert.Equal(5, report.Delivered);
        Assert.Equal([2, 2, 1], harness.Receiver.Requests.Select(r => AlertIds([r]).Count));
        Assert.Equal(3, harness.Receiver.Requests.Select(r => r.Headers[AlertNotifier.DeliveryHeader]).Distinct().Count());
        using var json = JsonDocument.Parse(harness.Receiver.Requests[0].Body);
        Assert.Equal("2 ShelfScout alerts for Acme: P0 10.00 -> 12.00 GBP (+20%), and 1 more", json.RootElement.GetProperty("text").GetString());
    }

    private static List<long> AlertIds(IEnumerable<Testing.WebhookReceiver.Request> requests) =>
        [.. requests.SelectMany(r =>
        {
            using var json = JsonDocument.Parse(r.Body);
            return json.RootElement.GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()).ToList();
        })];
}
