// Deleted when the storage, fetching and demo branches merge.
#pragma warning disable
namespace ShelfScout.DemoRetailer
{
    public enum DemoTheme { JsonLd, Microdata, Plain }
    public sealed record DemoStoreOptions { public int Seed { get; init; } = 42; public int ProductCount { get; init; } = 60; public DemoTheme Theme { get; init; } public int Port { get; init; } public int Day { get; init; } }
    public sealed class DemoCatalog { public int ExpectedCategories => 0; public int ExpectedProducts => 0; public int ExpectedReviews => 0; }
    public sealed class DemoStore : IAsyncDisposable { public static Task<DemoStore> StartAsync(DemoStoreOptions o, CancellationToken c) => throw new NotImplementedException(); public Uri BaseUrl => null!; public DemoCatalog Catalog => null!; public ValueTask DisposeAsync() => default; }
}
