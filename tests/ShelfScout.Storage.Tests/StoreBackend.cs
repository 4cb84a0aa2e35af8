namespace ShelfScout.Storage.Tests;

/// <summary>One store implementation the contract tests run against: how to make a fresh database and open a store on it.</summary>
public abstract class StoreBackend
{
    /// <summary>A fresh, empty database: where it is, and what deletes it.</summary>
    internal abstract Task<(string Location, IAsyncDisposable Database)> CreateAsync();

    /// <summary>Opens (and migrates) a store on the database at <paramref name="location"/>.</summary>
    internal abstract Task<IShelfStore> OpenAsync(string location, TimeProvider time);

    /// <summary>Runs one read-only query on the database directly, under the store (what a person with a SQL shell would see).</summary>
    internal abstract Task<object?> ScalarAsync(string location, string sql);
}
