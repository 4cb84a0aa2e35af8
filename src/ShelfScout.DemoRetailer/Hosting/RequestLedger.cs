using System.Collections.Concurrent;

namespace ShelfScout.DemoRetailer.Hosting;

/// <summary>Counts served requests by path+query and holds the path prefixes that must fail with 500.</summary>
internal sealed class RequestLedger
{
    private readonly ConcurrentDictionary<string, int> _byPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _failingPrefixes = new(StringComparer.Ordinal);
    private int _total;

    public int Total => Volatile.Read(ref _total);

    public IReadOnlyDictionary<string, int> ByPath => _byPath;

    public void Record(string pathAndQuery)
    {
        Interlocked.Increment(ref _total);
        _byPath.AddOrUpdate(pathAndQuery, 1, static (_, count) => count + 1);
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
}
