namespace ShelfScout.Storage.Postgres.Politeness;

/// <summary>The SQL of <see cref="Storage.Politeness.IHostSlotLeases"/>: one upsert that succeeds only over a free or expired row.</summary>
internal sealed class HostSlotQueries(StoreConnections database)
{
    private const string TakeSql = """
        INSERT INTO host_slots AS s (host, slot, holder, expires_at) VALUES (@host, @slot, @holder, @expires)
        ON CONFLICT (host, slot) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
        WHERE s.expires_at <= @now OR s.holder = excluded.holder;
        """;

    public async Task<bool> TryTakeAsync(string host, int slot, string holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            TakeSql,
            c => c.Bind("host", host).Bind("slot", slot).Bind("holder", holder).Bind("expires", now + lease).Bind("now", now),
            cancellationToken).ConfigureAwait(false) > 0;

    public Task ReleaseAsync(string host, int slot, string holder, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "DELETE FROM host_slots WHERE host = @host AND slot = @slot AND holder = @holder;",
            c => c.Bind("host", host).Bind("slot", slot).Bind("holder", holder),
            cancellationToken);

    public async Task<int> CountHeldAsync(string host, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await database.ListAsync(
            "SELECT count(*)::integer FROM host_slots WHERE host = @host AND expires_at > @now;",
            c => c.Bind("host", host).Bind("now", now),
            r => r.GetInt32(0),
            cancellationToken).ConfigureAwait(false))[0];
}
