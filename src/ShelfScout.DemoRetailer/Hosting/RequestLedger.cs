using System.Collections.Concurrent;

namespace ShelfScout.DemoRetailer.Hosting;

/// <summary>Counts served requests by path+query and holds the path prefixes that must fail with 500.</summary>
internal sealed class RequestLedger
{
    private readonly ConcurrentDictionary<string, int> _byPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _failingPrefixes = new(StringComparer.Ordinal);
    private readonly List<Waiter> _waiters = [];
    private int _total;
    private int _productPages;
    private int _notModified;
    private int _inFlight;
    private int _maxInFlight;

    public int Total => Volatile.Read(ref _total);

    public IReadOnlyDictionary<string, int> ByPath => _byPath;

    /// <summary>Requests for product pages (<c>/products/{slug}</c> and <c>/collections/{handle}/products/{slug}</c>).</summary>
    public int ProductPages => Volatile.Read(ref _productPages);

    /// <summary>Requests answered 304 Not Modified.</summary>
    public int NotModified => Volatile.Read(ref _notModified);

    /// <summary>The most requests the store was answering at one moment (a client's politeness, seen from the server).</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Counts a request as in flight until the returned scope is disposed.</summary>
    public InFlight Enter()
    {
        var now = Interlocked.Increment(ref _inFlight);
        var max = Volatile.Read(ref _maxInFlight);
        while (now > max && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
        {
            max = Volatile.Read(ref _maxInFlight);
        }

        return new InFlight(this);
    }

    public void RecordNotModified() => Interlocked.Increment(ref _notModified);

    /// <summary>Whether the path is a product page (not its reviews).</summary>
    public static bool IsProductPage(string path)
    {
        var at = path.StartsWith("/products/", StringComparison.Ordinal) ? 0
            : path.StartsWith("/collections/", StringComparison.Ordinal) ? path.IndexOf("/products/", StringComparison.Ordinal) : -1;
        return at >= 0 && path.IndexOf('/', at + "/products/".Length) < 0;
    }

    public void Record(string pathAndQuery)
    {
        Interlocked.Increment(ref _total);
        var queryAt = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        if (IsProductPage(queryAt < 0 ? pathAndQuery : pathAndQuery[..queryAt]))
        {
            Interlocked.Increment(ref _productPages);
        }
        _byPath.AddOrUpdate(pathAndQuery, 1, static (_, count) => count + 1);
        lock (_waiters)
        {
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                var waiter = _waiters[i];
                if (waiter.Matches(pathAndQuery) && ++waiter.Seen >= waiter.Count)
                {
                    waiter.Done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>Completes once <paramref name="count"/> more requests matching <paramref name="matches"/> have been served.</summary>
    public Task WhenServedAsync(Func<string, bool> matches, int count, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(matches, count);
        lock (_waiters)
        {
            _waiters.Add(waiter);
        }

        return waiter.Done.Task.WaitAsync(cancellationToken);
    }

    public void FailPathsStartingWith(string prefix) => _failingPrefixes.TryAdd(prefix, 0);

    public bool ShouldFail(string path)
    {
        if (_failingPrefixes.IsEmpty)
        {
            return false;
        }

        foreach (var prefix in _failingPrefixes.Keys)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Waiter(Func<string, bool> matches, int count)
    {
        public Func<string, bool> Matches { get; } = matches;

        public int Count { get; } = count;

        public int Seen { get; set; }

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>One request in flight; leaving it is idempotent per scope.</summary>
    internal readonly struct InFlight(RequestLedger ledger) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref ledger._inFlight);
    }
}
