namespace ShelfScout.Testing.Postgres;

/// <summary>A fresh database on the shared test server, dropped on dispose: <c>await using var db = await PostgresDatabase.CreateAsync();</c>.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly PostgresServer _server;

    private PostgresDatabase(PostgresServer server, string name)
    {
        _server = server;
        Name = name;
    }

    public string Name { get; }

    public string ConnectionString => _server.ConnectionString(Name);

    /// <summary>The database as a <c>postgresql://</c> URL (what a user gives <c>--db</c>).</summary>
    public string Url => _server.Url(Name);

    public static async Task<PostgresDatabase> CreateAsync(CancellationToken cancellationToken = default)
    {
        var server = await PostgresServer.Shared.ConfigureAwait(false);
        return new PostgresDatabase(server, await server.CreateDatabaseAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>A fresh copy of database <paramref name="template"/> (which must have no open connections): a migrated schema without migrating.</summary>
    public static async Task<PostgresDatabase> CopyOfAsync(string template, CancellationToken cancellationToken = default)
    {
        var server = await PostgresServer.Shared.ConfigureAwait(false);
        return new PostgresDatabase(server, await server.CreateDatabaseAsync(cancellationToken, template).ConfigureAwait(false));
    }

    public async ValueTask DisposeAsync() => await _server.DropDatabaseAsync(Name).ConfigureAwait(false);
}
