using ShelfScout.DemoRetailer;
using Xunit;

namespace ShelfScout.Testing;

/// <summary>
/// xUnit class fixture sharing one read-only demo store between the tests of a class
/// (<c>IClassFixture&lt;DemoStoreFixture&gt;</c>). Override <see cref="Options"/> for another seed, size or theme.
/// Tests that change the day or inject failures should start their own store with <see cref="TestStores"/>.
/// </summary>
public class DemoStoreFixture : IAsyncLifetime
{
    private DemoStore? _store;

    public DemoStore Store => _store ?? throw new InvalidOperationException("The fixture has not been initialised.");

    protected virtual DemoStoreOptions Options => new();

    public async Task InitializeAsync() => _store = await DemoStore.StartAsync(Options, CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}
