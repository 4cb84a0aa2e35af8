namespace ShelfScout.Storage.Tests;

/// <summary>
/// The base of the store's contract test classes: each is abstract over a <see cref="StoreBackend"/> and runs, through
/// one subclass per backend (<c>SqliteContractTests.cs</c>, <c>PostgresContractTests.cs</c>), against every store.
/// </summary>
public abstract class StoreContract<TBackend>
    where TBackend : StoreBackend, new()
{
    /// <summary>A fresh store of this class's backend.</summary>
    protected static Task<StoreHarness> CreateHarnessAsync() => StoreHarness.CreateAsync(new TBackend());
}
