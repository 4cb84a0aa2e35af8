namespace ShelfScout.Storage.Tests;

public abstract class RetailerIdentityTests<TBackend> : StoreContract<TBackend>
    where TBackend : StoreBackend, new()
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TwoStoresOnOneHost_AreTwoRetailers_ByPortAndByPath()
    {
        await using var harness = await CreateHarnessAsync();

        var a = await harness.Store.UpsertRetailerAsync("127.0.0.1:5001", new Uri("http://127.0.0.1:5001/"), None);
        var b = await harness.Store.UpsertRetailerAsync("127.0.0.1:5002", new Uri("http://127.0.0.1:5002/"), None);
        var c = await harness.Store.UpsertRetailerAsync("shop-a", new Uri("http://127.0.0.1:5001/shop-a/"), None);

        Assert.Equal(3, new[] { a.Id, b.Id, c.Id }.Distinct().Count());
        Assert.Equal("http://127.0.0.1:5001/", (await harness.Store.FindRetailerAsync(a.Id, None))!.BaseUrl);
    }

    [Fact]
    public async Task SameStore_UnderAnotherNameOrSpelling_IsTheSameRetailer()
    {
        await using var harness = await CreateHarnessAsync();

        var first = await harness.Store.UpsertRetailerAsync("Acme", new Uri("https://acme.example/shop/"), None);
        var again = await harness.Store.UpsertRetailerAsync("Acme Ltd", new Uri("https://www.acme.example/shop"), None);
        var index = await harness.Store.UpsertRetailerAsync("acme", new Uri("https://acme.example/shop/index.html"), None);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.Id, index.Id);
        Assert.Single(await harness.Store.GetRetailersAsync(None));
    }

    [Fact]
    public async Task KnownName_WithAnotherStoresUrl_IsAClearError_AndChangesNothing()
    {
        await using var harness = await CreateHarnessAsync();
        var acme = await harness.Store.UpsertRetailerAsync("Acme", new Uri("http://127.0.0.1:5001/"), None);

        var error = await Assert.ThrowsAsync<RetailerConflictException>(() => harness.Store.UpsertRetailerAsync("acme", new Uri("http://127.0.0.1:5002/"), None));

        Assert.Contains("'Acme' is http://127.0.0.1:5001/", error.Message, StringComparison.Ordinal);
        Assert.Equal(acme, Assert.Single(await harness.Store.GetRetailersAsync(None)));
    }
}
