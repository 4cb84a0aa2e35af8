using System.Diagnostics;
using System.Globalization;
using System.Net;
using ShelfScout.DashboardBench;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Web;
using ShelfScout.Web.Hosting;

// dashboard-bench seed DB PRODUCTS       builds a synthetic catalogue through IShelfStore (90 days of history)
// dashboard-bench pages DB [ROUNDS]      times each dashboard page over real HTTP on loopback, median of ROUNDS
// dashboard-bench serve DB PORT          serves the dashboard of DB until Ctrl+C (for whole-process timing with curl)
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: dashboard-bench seed DB PRODUCTS | pages DB [ROUNDS] | serve DB PORT");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
// kill (SIGTERM) stops `serve` too; a background job started from a script ignores SIGINT.
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context => { context.Cancel = true; cancel.Cancel(); });
var clock = new FixedClock(CatalogueSeeder.Now);
await using var store = await SqliteShelfStore.OpenAsync(args[1], clock, cancel.Token);
switch (args[0])
{
    case "seed":
        var watch = Stopwatch.StartNew();
        await new CatalogueSeeder(store).SeedAsync(int.Parse(args[2], CultureInfo.InvariantCulture), cancel.Token);
        Console.WriteLine($"seeded {args[2]} products in {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    case "pages":
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        await using (var dashboard = await DashboardHost.StartAsync(store, store, new DashboardOptions { Listen = new ListenAddress(IPAddress.Loopback, 0), TimeProvider = clock }, cancel.Token))
        {
            await PageTimer.RunAsync(dashboard.BaseUrl, store, rounds, Console.Out, cancel.Token);
        }

        return 0;
    case "serve":
        await using (var dashboard = await DashboardHost.StartAsync(store, store, new DashboardOptions { Listen = new ListenAddress(IPAddress.Loopback, int.Parse(args[2], CultureInfo.InvariantCulture)), TimeProvider = clock }, cancel.Token))
        {
            Console.WriteLine($"serving {dashboard.BaseUrl}");
            await dashboard.WaitAsync(cancel.Token);
        }

        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}
