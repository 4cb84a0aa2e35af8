using System.Diagnostics;
using System.Globalization;
using Npgsql;
using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Frontier;
using ShelfScout.Storage.Postgres.Frontier;

// A frontier of ENTRIES product pages in PostgreSQL, then CLAIMERS workers that each claim BATCH entries with a lease
// and complete them (what a silo's crawl loop does per page, without the fetch) for SECONDS. Prints one line.
// CONNECTION is an Npgsql connection string (Host=...;Port=...;Username=...;Database=...).
// Usage: ShelfScout.FrontierBench CONNECTION [ENTRIES=1000000] [CLAIMERS=3] [BATCH=8] [SECONDS=20]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: ShelfScout.FrontierBench CONNECTION [ENTRIES] [CLAIMERS] [BATCH] [SECONDS]");
    return 2;
}

var connection = args[0];
var entries = Argument(1, 1_000_000);
var claimers = Argument(2, 3);
var batch = Argument(3, 8);
var seconds = Argument(4, 20);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var time = TimeProvider.System;

await using var frontier = await PostgresCrawlFrontier.OpenAsync(connection, time, cancel.Token);
long retailer;
await using (var data = NpgsqlDataSource.Create(connection))
{
    await using var command = data.CreateCommand("INSERT INTO retailers (name, base_url) VALUES ($1, 'http://frontier.bench/') RETURNING id;");
    command.Parameters.Add(new NpgsqlParameter { Value = $"frontier-bench-{Guid.NewGuid():N}" });
    retailer = (long)(await command.ExecuteScalarAsync(cancel.Token))!;
}

var crawl = await frontier.StartCrawlAsync(retailer, time.GetUtcNow(), cancel.Token);
var filling = Stopwatch.StartNew();
const int FillBatch = 10_000;
for (var start = 0; start < entries; start += FillBatch)
{
    var seeds = Enumerable.Range(start, Math.Min(FillBatch, entries - start))
        .Select(i => new FrontierSeed($"http://frontier.bench/p/{i}", $"frontier.bench/p/{i}", FrontierReason.ProductCard, 10, null, null, 2))
        .ToList();
    await frontier.EnqueueAsync(crawl.Id, seeds, time.GetUtcNow(), cancel.Token);
}

filling.Stop();
var claimed = 0L;
var latencies = new List<double>[claimers];
using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel.Token);
stop.CancelAfter(TimeSpan.FromSeconds(seconds));
var measuring = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, claimers).Select(async worker =>
{
    latencies[worker] = [];
    var claim = new FrontierClaim($"bench-{worker}", 0, batch, TimeSpan.FromMinutes(1));
    while (!stop.IsCancellationRequested)
    {
        var started = Stopwatch.GetTimestamp();
        var got = await frontier.ClaimAsync(crawl.Id, claim, time.GetUtcNow(), CancellationToken.None);
        latencies[worker].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        foreach (var entry in got)
        {
            await frontier.CompleteAsync(entry.Id, FrontierCompletion.Done(PageKind.Product, null) with { Owner = claim.Owner }, time.GetUtcNow(), CancellationToken.None);
        }

        Interlocked.Add(ref claimed, got.Count);
        if (got.Count == 0)
        {
            break;
        }
    }
}));
measuring.Stop();
var all = latencies.SelectMany(l => l).Order().ToList();
var peak = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"entries={entries} fill_s={filling.Elapsed.TotalSeconds:F1} claimers={claimers} batch={batch} claimed_and_completed={claimed} seconds={measuring.Elapsed.TotalSeconds:F1} " +
    $"entries_per_s={claimed / measuring.Elapsed.TotalSeconds:F0} claim_ms_p50={all[all.Count / 2]:F2} claim_ms_p90={all[(int)(all.Count * 0.9)]:F2} peak_rss_kib={peak}"));
return 0;

int Argument(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
