using System.Collections.Concurrent;
using System.Threading.Channels;
using ShelfScout.Domain.Runs;
using ShelfScout.Orchestration;
using ShelfScout.Scheduling.Config;
using ShelfScout.Scheduling.Service;
using ShelfScout.Storage.Records;

namespace ShelfScout.Scheduling.Tests;

/// <summary>
/// An <see cref="IRetailerRunner"/> that records each run (retailer, fake start time) and runs a per-test body, so
/// schedule tests see exactly when and how often the service runs a retailer, and whether runs overlap.
/// </summary>
internal sealed class RecordingRunner(TimeProvider time, Func<RetailerConfig, int, CancellationToken, Task<string>>? body = null) : IRetailerRunner
{
    private readonly ConcurrentDictionary<string, int> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly Channel<(string Retailer, DateTimeOffset At)> _started = Channel.CreateUnbounded<(string, DateTimeOffset)>();
    private int _maxOverlap;

    public ConcurrentQueue<(string Retailer, DateTimeOffset At)> Runs { get; } = new();

    /// <summary>The most runs of one retailer that were ever in flight at once.</summary>
    public int MaxOverlapPerRetailer => Volatile.Read(ref _maxOverlap);

    public int Calls(string retailer) => _calls.GetValueOrDefault(retailer);

    public async Task<RunSummary> RunAsync(RetailerConfig retailer, CancellationToken cancellationToken)
    {
        var running = _running.AddOrUpdate(retailer.Name, 1, (_, n) => n + 1);
        var call = _calls.AddOrUpdate(retailer.Name, 1, (_, n) => n + 1);
        InterlockedMax(ref _maxOverlap, running);
        var at = time.GetUtcNow();
        Runs.Enqueue((retailer.Name, at));
        try
        {
            // The body runs before the start is signalled, so a delay it starts is registered before the test moves time on.
            Task<string> pending;
            try
            {
                pending = body?.Invoke(retailer, call, cancellationToken) ?? Task.FromResult("Succeeded");
            }
            catch (InvalidOperationException ex)
            {
                pending = Task.FromException<string>(ex);
            }

            await _started.Writer.WriteAsync((retailer.Name, at), CancellationToken.None);
            var status = await pending;
            return Summary(retailer, status, at);
        }
        finally
        {
            _running.AddOrUpdate(retailer.Name, 0, (_, n) => n - 1);
        }
    }

    /// <summary>Waits for the next <paramref name="count"/> run starts (in any order) and returns them.</summary>
    public async Task<List<(string Retailer, DateTimeOffset At)>> StartsAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var result = new List<(string, DateTimeOffset)>();
        while (result.Count < count)
        {
            result.Add(await _started.Reader.ReadAsync(timeout.Token));
        }

        return result;
    }

    public static RunSummary Summary(RetailerConfig retailer, string status, DateTimeOffset at) => new(
        RunId: 1,
        Retailer: new RetailerRecord(1, retailer.Name, retailer.Request.Url.ToString(), at),
        Status: Enum.Parse<RunStatus>(status),
        StartedAt: at,
        Elapsed: TimeSpan.Zero,
        Stages: [],
        Errors: [],
        Alerts: [],
        Totals: new CatalogCounts(0, 0, 0, 0, 0),
        PagesFetched: 0);

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
