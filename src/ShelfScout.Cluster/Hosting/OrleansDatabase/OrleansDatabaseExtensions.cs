using Orleans.Configuration;

namespace ShelfScout.Cluster.Hosting.OrleansDatabase;

/// <summary>
/// Orleans' own state for a ShelfScout cluster: membership, grain state (storage <see cref="StorageName"/>) and
/// reminders, all in one PostgreSQL database through Orleans' ADO.NET providers, or, without a database, in the silo's
/// memory (one machine, lost on restart: the localhost cluster's default).
/// </summary>
public static class OrleansDatabaseExtensions
{
    /// <summary>The grain storage ShelfScout grains keep their state in.</summary>
    public const string StorageName = "shelfscout";

    /// <summary>Npgsql's ADO.NET invariant name, as Orleans' providers look the driver up.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>Clustering, grain storage and reminders on the PostgreSQL database <paramref name="connectionString"/> (schema applied beforehand: <see cref="OrleansSchema"/>).</summary>
    public static ISiloBuilder UseShelfScoutOrleansDatabase(this ISiloBuilder builder, string connectionString, TimeSpan? minimumReminderPeriod = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder
            .UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (Invariant, connectionString))
            .AddAdoNetGrainStorage(StorageName, o => (o.Invariant, o.ConnectionString) = (Invariant, connectionString))
            .UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (Invariant, connectionString));
        return builder.WithReminderPeriod(minimumReminderPeriod);
    }

    /// <summary>Grain storage and reminders in memory, for a cluster without an Orleans database (localhost clustering).</summary>
    public static ISiloBuilder UseShelfScoutInMemoryState(this ISiloBuilder builder, TimeSpan? minimumReminderPeriod = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddMemoryGrainStorage(StorageName).UseInMemoryReminderService();
        return builder.WithReminderPeriod(minimumReminderPeriod);
    }

    /// <summary>A client that finds the cluster's gateways in the PostgreSQL membership table.</summary>
    public static IClientBuilder UseShelfScoutOrleansDatabase(this IClientBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (Invariant, connectionString));
    }

    // Orleans refuses reminder periods under a minute by default; tests and benchmarks lower it.
    private static ISiloBuilder WithReminderPeriod(this ISiloBuilder builder, TimeSpan? minimum) =>
        minimum is { } period ? builder.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = period) : builder;
}
