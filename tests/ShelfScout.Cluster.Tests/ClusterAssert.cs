using Microsoft.Data.Sqlite;
using Npgsql;
using Orleans.Runtime;
using ShelfScout.Cluster.Contracts;
using ShelfScout.DemoRetailer;
using ShelfScout.Domain.Sites;
using ShelfScout.Storage.Hosting;

namespace ShelfScout.Cluster.Tests;

/// <summary>Waiting for a cluster run, and the checks every cluster crawl test makes on the shared store and the demo store.</summary>
internal static class ClusterAssert
{
    public static async Task<ClusterRunStatus> WaitUntilEndedAsync(IRetailerGrain retailer, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ClusterRunStatus status;
            try
            {
                status = await retailer.WaitAsync(TimeSpan.FromSeconds(10)).WaitAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is SiloUnavailableException or OrleansException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                // The silo the grain (or the client's gateway) was on was killed: ask again, as a client would.
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                continue;
            }

            if (status.State != ClusterRunState.Running)
            {
                return status;
            }
        }
    }

    /// <summary>The store's every product is in the catalogue once (by URL), under the demo store's retailer.</summary>
    public static async Task EveryProductOnceAsync(string database, DemoStore store, CancellationToken cancellationToken)
    {
        await using var shelf = await ShelfStoreFactory.OpenAsync(database, TimeProvider.System, cancellationToken);
        var key = SiteIdentity.RetailerKey(store.BaseUrl);
        var retailer = Assert.Single(
            await shelf.GetRetailersAsync(cancellationToken),
            r => Uri.TryCreate(r.BaseUrl, UriKind.Absolute, out var url) && SiteIdentity.RetailerKey(url) == key);
        var refs = await shelf.GetProductRefsAsync(retailer.Id, cancellationToken);
        Assert.Equal(store.Catalog.Products.Count, refs.Count);
        Assert.Equal(refs.Count, refs.Select(r => r.Url).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The demo store's retailer in the shared store: its crawls (rows and the latest's id) and its runs.</summary>
    public static async Task<(long RetailerId, long LatestCrawlId, long Crawls, long Runs)> CrawlsAndRunsAsync(string database, DemoStore store, CancellationToken cancellationToken)
    {
        long retailerId;
        long latest;
        await using (var shelf = await ShelfStoreFactory.OpenAsync(database, TimeProvider.System, cancellationToken))
        {
            var key = SiteIdentity.RetailerKey(store.BaseUrl);
            retailerId = Assert.Single(
                await shelf.GetRetailersAsync(cancellationToken),
                r => Uri.TryCreate(r.BaseUrl, UriKind.Absolute, out var url) && SiteIdentity.RetailerKey(url) == key).Id;
            latest = (await shelf.GetLatestCrawlAsync(retailerId, cancellationToken))?.Id ?? 0;
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, DefaultTimeout = 30 }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM crawls WHERE retailer_id = $id), (SELECT COUNT(*) FROM runs WHERE retailer_id = $id);";
        command.Parameters.AddWithValue("$id", retailerId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (retailerId, latest, reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>At most 1% of the store's pages (robots.txt aside) were fetched more than once.</summary>
    public static void FewRefetches(DemoStore store)
    {
        var pages = store.RequestsByPath.Where(p => p.Key != "/robots.txt").ToList();
        var twice = pages.Where(p => p.Value > 1).ToList();
        Assert.True(twice.Count * 100 <= pages.Count, $"{twice.Count} of {pages.Count} pages fetched more than once: {string.Join(", ", twice.Select(p => $"{p.Key} x{p.Value}"))}");
    }

    /// <summary>A count from the Orleans database (membership, grain state, reminders).</summary>
    public static async Task<long> OrleansCountAsync(ClusterHarness harness, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(harness.Orleans.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
