using Microsoft.Data.Sqlite;
using ShelfScout.Storage.Sqlite;

namespace ShelfScout.Storage.Tests;

/// <summary>The SQLite store on a real file in a temp directory of its own.</summary>
public sealed class SqliteBackend : StoreBackend
{
    internal override Task<(string Location, IAsyncDisposable Database)> CreateAsync()
    {
        var directory = new TempDirectory();
        return Task.FromResult<(string, IAsyncDisposable)>((directory.File("shelf.db"), new Deletion(directory)));
    }

    internal override async Task<IShelfStore> OpenAsync(string location, TimeProvider time) =>
        await SqliteShelfStore.OpenAsync(location, time, CancellationToken.None);

    internal override async Task<object?> ScalarAsync(string location, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={location};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private sealed class Deletion(TempDirectory directory) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            directory.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
