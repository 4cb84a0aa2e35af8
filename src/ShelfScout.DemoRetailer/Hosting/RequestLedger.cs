using System.Collections.Concurrent;

namespace ShelfScout.DemoRetailer.Hosting;

/// <summary>Counts served requests by path+query and holds the path prefixes that must fail with 500.</summary>
internal sealed class RequestLedger
{
    private readonly ConcurrentDictionary<string, int> _byPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _failingPrefixes = new(StringComparer.Ordinal);
    private readonly List<Waiter> _waiters = [];
    private int _total;

    public int Total => Volatile.Read(ref _total);

    public IReadOnlyDictionary<string, int> ByPath => _byPath;

    public void Record(string pathAndQuery)
    {
        Interlocked.Increment(ref _total);
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
}
