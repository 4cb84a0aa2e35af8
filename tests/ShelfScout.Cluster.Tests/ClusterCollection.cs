using ShelfScout.Testing.Postgres;

namespace ShelfScout.Cluster.Tests;

/// <summary>
/// Every cluster test: one after another (each runs three silos on a 2-core machine), beside the shared PostgreSQL
/// server that holds the clusters' membership, grain state and reminders; the server is stopped when they are done.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterCollection.ServerLifetime>
{
    public const string Name = "Cluster";

    public sealed class ServerLifetime : IAsyncLifetime
    {
        public Task InitializeAsync() => PostgresServer.Shared;

        public Task DisposeAsync() => PostgresServer.StopSharedAsync();
    }
}
