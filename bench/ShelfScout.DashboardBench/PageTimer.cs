using System.Diagnostics;
using ShelfScout.Storage.Sqlite;

namespace ShelfScout.DashboardBench;

/// <summary>Requests each page ROUNDS times (after two warm-up requests) over real HTTP and prints the median, p95 and max time to the last byte.</summary>
internal static class PageTimer
{
    public static async Task RunAsync(Uri baseUrl, SqliteShelfStore store, int rounds, TextWriter output, CancellationToken ct)
    {
        var retailer = (await store.GetRetailersAsync(ct)).First();
        var leaf = (await store.GetCategoriesAsync(retailer.Id, ct)).First(c => c.IsLeaf);
        var top = (await store.GetCategoriesAsync(retailer.Id, ct)).First(c => c.Depth == 0);
        var runs = await store.GetRunsAsync(null, 1, ct);
        string[] pages =
        [
            "/",
            "/categories",
            "/products",
            "/products?page=2000",
            "/products?q=Green+Tea",
            "/products?q=SKU-0123456",
            $"/products?retailer={retailer.Id}&category={top.Id}",
            $"/products?retailer={retailer.Id}&category={leaf.Id}&sort=price",
            "/products?availability=OutOfStock&sort=-price",
            "/products?changed=7&sale=1&sort=changed",
            "/products/100000",
            "/api/products/100000/history",
            "/alerts",
            "/alerts?kind=price-drop&since=24h",
            "/runs",
            $"/runs/{runs[0].Id}",
            "/api/products?size=200",
        ];
        using var client = new HttpClient { BaseAddress = baseUrl };
        await output.WriteLineAsync($"{"page",-58} {"median ms",10} {"p95 ms",8} {"max ms",8} {"bytes",9}");
        foreach (var page in pages)
        {
            var times = new List<double>();
            long bytes = 0;
            for (var i = 0; i < rounds + 2; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(page, UriKind.Relative), ct);
                var body = await response.Content.ReadAsByteArrayAsync(ct);
                watch.Stop();
                response.EnsureSuccessStatusCode();
                bytes = body.Length;
                if (i >= 2)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            await output.WriteLineAsync($"{page,-58} {times[times.Count / 2],10:0.0} {times[(int)Math.Ceiling(times.Count * 0.95) - 1],8:0.0} {times[^1],8:0.0} {bytes,9}");
        }
    }
}
