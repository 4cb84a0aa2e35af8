using ShelfScout.DemoRetailer;

namespace ShelfScout.Testing;

/// <summary>
/// Starts a demo store for one test: <c>await using var store = await TestStores.StartAsync(productCount: 40);</c>.
/// Use a per-test store whenever the test changes <see cref="DemoStore.Day"/> or injects failures.
/// </summary>
public static class TestStores
{
    public static Task<DemoStore> StartAsync(
        int seed = 42,
        int productCount = 60,
        DemoTheme theme = DemoTheme.JsonLd,
        int day = 0,
        CancellationToken cancellationToken = default) =>
        DemoStore.StartAsync(new DemoStoreOptions { Seed = seed, ProductCount = productCount, Theme = theme, Day = day }, cancellationToken);

    public static Task<DemoStore> StartAsync(DemoStoreOptions options, CancellationToken cancellationToken = default) =>
        DemoStore.StartAsync(options, cancellationToken);

    /// <summary>An HttpClient aimed at the store; dispose it with the test.</summary>
    public static HttpClient CreateClient(this DemoStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new HttpClient { BaseAddress = store.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }
}
