using Microsoft.Extensions.Time.Testing;
using ShelfScout.Domain.Alerts;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage.Records;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Testing;

namespace ShelfScout.Notifications.Tests;

/// <summary>
/// A real SQLite store with a fake clock, a real webhook receiver on loopback, and helpers that make alerts the way
/// a crawl does: by recording price and stock changes through the store.
/// </summary>
internal sealed class NotifierHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromMinutes(1) };
    private int _products;

    private NotifierHarness(TempDirectory directory, FakeTimeProvider time, SqliteShelfStore store, WebhookReceiver receiver)
    {
        Directory = directory;
        Time = time;
        Store = store;
        Receiver = receiver;
    }

    public TempDirectory Directory { get; }

    public FakeTimeProvider Time { get; }

    public SqliteShelfStore Store { get; private set; }

    public WebhookReceiver Receiver { get; }

    public long RetailerId { get; private set; }

    /// <summary>Retries come quickly in fake time; the request timeout is far beyond any fake-time step.</summary>
    public static NotifierOptions Options { get; } = new() { MaxRetries = 3, RetryDelay = TimeSpan.FromSeconds(1), RequestTimeout = TimeSpan.FromDays(1) };

    public static async Task<NotifierHarness> CreateAsync()
    {
        var directory = new TempDirectory();
        var time = new FakeTimeProvider(Start);
        var store = await SqliteShelfStore.OpenAsync(directory.File("shelf.db"), time, CancellationToken.None);
        var receiver = await WebhookReceiver.StartAsync();
        var harness = new NotifierHarness(directory, time, store, receiver);
        harness.RetailerId = (await store.UpsertRetailerAsync("Acme", new Uri("http://127.0.0.1/acme/"), CancellationToken.None)).Id;
        return harness;
    }

    public AlertNotifier Notifier(NotifierOptions? options = null) => new(_http, Time, options ?? Options);

    public NotificationTarget Target(string? secret = "s3cret", NotificationRules? rules = null) => new(Receiver.Url, secret, rules ?? NotificationRules.All);

    /// <summary>Runs a delivery, moving the fake clock on while it waits for a retry delay.</summary>
    public async Task<DeliveryReport> DeliverAsync(AlertNotifier notifier, NotificationTarget target)
    {
        var delivery = notifier.DeliverPendingAsync(Store, RetailerId, target, CancellationToken.None);
        while (!delivery.IsCompleted)
        {
            await Task.WhenAny(delivery, Task.Delay(5));
            Time.Advance(TimeSpan.FromMilliseconds(500));
        }

        return await delivery;
    }

    public Task<long> StartRunAsync() => Store.StartRunAsync(RetailerId, Time.GetUtcNow(), "{}", null, CancellationToken.None);

    /// <summary>A product first seen at <paramref name="price"/> (no alert: a first observation).</summary>
    public async Task<long> AddProductAsync(string name, decimal price, long? runId, Availability availability = Availability.InStock)
    {
        var url = $"http://127.0.0.1/acme/p/{++_products}";
        var id = await Store.UpsertProductAsync(RetailerId, url, new ProductData { Name = name, Sku = $"SKU-{_products}", Availability = availability }, Time.GetUtcNow(), CancellationToken.None);
        await Store.RecordPriceAsync(id, new PriceObservation(price, null, "GBP", Time.GetUtcNow(), url) { RunId = runId }, CancellationToken.None);
        await Store.RecordStockAsync(id, new StockObservation(availability, null, Time.GetUtcNow(), url) { RunId = runId }, CancellationToken.None);
        return id;
    }

    /// <summary>Records a new price; the store raises a price drop or rise alert.</summary>
    public async Task<PriceAlert> ChangePriceAsync(long productId, decimal price, long? runId)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        var change = await Store.RecordPriceAsync(productId, new PriceObservation(price, null, "GBP", Time.GetUtcNow(), "http://127.0.0.1/acme/p") { RunId = runId }, CancellationToken.None);
        return change?.Alert ?? throw new InvalidOperationException("the price did not change");
    }

    public async Task<PriceAlert> ChangeStockAsync(long productId, Availability availability, long? runId)
    {
        Time.Advance(TimeSpan.FromMinutes(1));
        var change = await Store.RecordStockAsync(productId, new StockObservation(availability, null, Time.GetUtcNow(), "http://127.0.0.1/acme/p") { RunId = runId }, CancellationToken.None);
        return change?.Alert ?? throw new InvalidOperationException("the stock did not change");
    }

    /// <summary>Closes the store and opens the same file again: a restarted process.</summary>
    public async Task ReopenAsync()
    {
        var path = Store.DatabasePath;
        await Store.DisposeAsync();
        Store = await SqliteShelfStore.OpenAsync(path, Time, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Receiver.DisposeAsync();
        await Store.DisposeAsync();
        Directory.Dispose();
    }
}
