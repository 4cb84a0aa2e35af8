using Microsoft.Data.Sqlite;

namespace ShelfScout.Storage.Sqlite.Politeness;

/// <summary>The SQL of <see cref="Storage.Politeness.IHostSlotLeases"/>: one upsert that succeeds only over a free or expired row.</summary>
internal sealed class HostSlotQueries(SqliteDatabase database)
{
    private const string TakeSql = """
        INSERT INTO host_slots (host, slot, holder, expires_at) VALUES ($host, $slot, $holder, $expires)
        ON CONFLICT (host, slot) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
        WHERE host_slots.expires_at <= $now OR host_slots.holder = excluded.holder
        """;

    public Task<bool> TryTakeAsync(string host, int slot, string holder, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command(TakeSql)
                .Bind("$host", host)
                .Bind("$slot", slot)
                .Bind("$holder", holder)
                .Bind("$expires", SqliteValues.Time(now + lease))
                .Bind("$now", SqliteValues.Time(now))
                .ExecuteNonQuery() > 0,
            cancellationToken);

    public Task ReleaseAsync(string host, int slot, string holder, CancellationToken cancellationToken) =>
        database.WriteAsync(
            session => session.Command("DELETE FROM host_slots WHERE host = $host AND slot = $slot AND holder = $holder")
                .Bind("$host", host)
                .Bind("$slot", slot)
                .Bind("$holder", holder)
                .ExecuteNonQuery(),
            cancellationToken);

    public Task<int> CountHeldAsync(string host, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.ReadAsync(
            connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM host_slots WHERE host = $host AND expires_at > $now";
                command.Bind("$host", host).Bind("$now", SqliteValues.Time(now));
                return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            },
            cancellationToken);
}
