using ShelfScout.Testing.Postgres;

namespace ShelfScout.Storage.Tests;

/// <summary>
/// The test classes that use the shared PostgreSQL server (<see cref="PostgresServer.Shared"/>): one collection, so
/// they run one after another beside the SQLite tests, and the server is stopped and deleted when they are done.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCollection.ServerLifetime>
{
    public const string Name = "PostgreSQL";

    /// <summary>Stops the shared server once the collection's tests have run.</summary>
    public sealed class ServerLifetime : IAsyncLifetime
    {
        public Task InitializeAsync() => PostgresServer.Shared;

        public Task DisposeAsync() => PostgresServer.StopSharedAsync();
    }
}
