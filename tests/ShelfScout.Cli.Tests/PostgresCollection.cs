using ShelfScout.Testing.Postgres;

namespace ShelfScout.Cli.Tests;

/// <summary>The CLI tests on the shared PostgreSQL test server: one collection, stopped and deleted when they are done.</summary>
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
