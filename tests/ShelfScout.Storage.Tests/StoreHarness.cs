using Microsoft.Extensions.Time.Testing;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Dashboard;
using ShelfScout.Storage.Records;

namespace ShelfScout.Storage.Tests;

/// <summary>
/// A fresh store of one backend (<see cref="SqliteBackend"/> by default: a real file in a temp directory;
/// <see cref="PostgresBackend"/>: a database of its own on the test server), with a fake clock; disposing removes everything.
/// </summary>
public sealed class StoreHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly StoreBackend _backend;
    private readonly IAsyncDisposable _database;

    private StoreHarness(StoreBackend backend, string location, IAsyncDisposable database, FakeTimeProvider time, IShelfStore store)
    {
        _backend = backend;
        DatabasePath = location;
        _database = database;
        Time = time;
        Store = store;
    }

    public FakeTimeProvider Time { get; }

    public IShelfStore Store { get; private set; }

    /// <summary>The store's dashboard reader (every store is one).</summary>
    public IDashboardReader Reader => (IDashboardReader)Store;

    /// <summary>Where the database is: the SQLite file's path, or the PostgreSQL connection string.</summary>
    public string DatabasePath { get; }

    public static Task<StoreHarness> CreateAsync() => CreateAsync(new SqliteBackend());

    public static async Task<StoreHarness> CreateAsync(StoreBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        var time = new FakeTimeProvider(Start);
        var (location, database) = await backend.CreateAsync();
        var store = await backend.OpenAsync(location, time);
        return new StoreHarness(backend, location, database, time, store);
    }

    /// <summary>Closes the store and opens the same database again.</summary>
    public async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        Store = await _backend.OpenAsync(DatabasePath, Time);
    }

    /// <summary>A second store on the same database (another process's view of it); the caller disposes it.</summary>
    public Task<IShelfStore> OpenAnotherAsync() => _backend.OpenAsync(DatabasePath, Time);

    /// <summary>One value read straight from the database with <paramref name="sql"/> (a check beneath the store's API).</summary>
    public Task<object?> ScalarAsync(string sql) => _backend.ScalarAsync(DatabasePath, sql);

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
        await _database.DisposeAsync();
    }
}
