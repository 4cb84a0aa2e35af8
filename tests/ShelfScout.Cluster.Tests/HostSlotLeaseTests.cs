using ShelfScout.Storage.Politeness;
using ShelfScout.Storage.Hosting;
using ShelfScout.Testing;

namespace ShelfScout.Cluster.Tests;

/// <summary>The database fence behind the host grain, on the SQLite store (the PostgreSQL store will run the same cases).</summary>
public sealed class HostSlotLeaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TryTakeSlot_HeldByAnother_RefusedUntilItsLeaseExpires()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var directory = new TempDirectory();
        await using var store = await ShelfStoreFactory.OpenAsync(directory.DatabasePath(), TimeProvider.System, guard.Token);
        var slots = ShelfStoreFactory.HostSlots(store);

        Assert.True(await slots.TryTakeSlotAsync("shop", 0, "a", Now, Lease, guard.Token));
        Assert.False(await slots.TryTakeSlotAsync("shop", 0, "b", Now.AddSeconds(1), Lease, guard.Token));
        Assert.True(await slots.TryTakeSlotAsync("shop", 1, "b", Now.AddSeconds(1), Lease, guard.Token));
        Assert.Equal(2, await slots.CountHeldSlotsAsync("shop", Now.AddSeconds(1), guard.Token));
        Assert.True(await slots.TryTakeSlotAsync("shop", 0, "c", Now + Lease, Lease, guard.Token));
    }

    [Fact]
    public async Task ReleaseSlot_ByAnotherHolder_LeavesTheLease()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var directory = new TempDirectory();
        await using var store = await ShelfStoreFactory.OpenAsync(directory.DatabasePath(), TimeProvider.System, guard.Token);
        var slots = ShelfStoreFactory.HostSlots(store);

        Assert.True(await slots.TryTakeSlotAsync("shop", 0, "a", Now, Lease, guard.Token));
        await slots.ReleaseSlotAsync("shop", 0, "b", guard.Token);
        Assert.False(await slots.TryTakeSlotAsync("shop", 0, "b", Now, Lease, guard.Token));
        await slots.ReleaseSlotAsync("shop", 0, "a", guard.Token);
        Assert.True(await slots.TryTakeSlotAsync("shop", 0, "b", Now, Lease, guard.Token));
    }
}
