using Microsoft.Extensions.Time.Testing;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Records;
using ShelfScout.Storage.Sqlite;

namespace ShelfScout.Storage.Tests;

/// <summary>A store on a real SQLite file in a temp directory, with a fake clock; disposing removes everything.</summary>
internal sealed class StoreHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private StoreHarness(TempDirectory directory, FakeTimeProvider time, SqliteShelfStore store)
    {
        Directory = directory;
        Time = time;
        Store = store;
    }

    public TempDirectory Directory { get; }

    public FakeTimeProvider Time { get; }

    public SqliteShelfStore Store { get; private set; }

    public string DatabasePath => Store.DatabasePath;

    public static async Task<StoreHarness> CreateAsync()
    {
        var directory = new TempDirectory();
        var time = new FakeTimeProvider(Start);
        var store = await SqliteShelfStore.OpenAsync(directory.File("shelf.db"), time, CancellationToken.None);
        return new StoreHarness(directory, time, store);
    }

    /// <summary>Closes the store and opens the same file again.</summary>
    public async Task ReopenAsync()
    {
        var path = Store.DatabasePath;
        await Store.DisposeAsync();
        Store = await SqliteShelfStore.OpenAsync(path, Time, CancellationToken.None);
    }

    public Task<RetailerRecord> AddRetailerAsync(string name = "Acme") =>
        Store.UpsertRetailerAsync(name, new Uri($"http://127.0.0.1/{name.ToLowerInvariant()}/"), CancellationToken.None);

    public static ProductData Product(string name, string? sku = null, params string[] images) =>
        new() { Name = name, Sku = sku, Images = images };

    public PriceObservation Price(decimal price, decimal? regular = null, string? currency = "ZAR") =>
        new(price, regular, currency, Time.GetUtcNow(), "http://127.0.0.1/p");

    public StockObservation Stock(Availability availability, int? quantity = null) =>
        new(availability, quantity, Time.GetUtcNow(), "http://127.0.0.1/p");

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Dispose();
    }
}
