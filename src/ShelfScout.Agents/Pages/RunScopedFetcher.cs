using System.Collections.Concurrent;
using ShelfScout.Fetching;

namespace ShelfScout.Agents.Pages;

/// <summary>
/// Wraps the fetcher for one run so the same page (by canonical URL) is fetched once: concurrent requests for a URL
/// share one fetch, and recent successful bodies are kept within a byte budget so a later stage (reviews after
/// products) reuses them. Past the budget the oldest bodies are dropped and a later request fetches again, which
/// keeps memory flat on very large stores.
/// </summary>
public sealed class RunScopedFetcher(IPageFetcher inner, long cacheBudgetBytes = 32L * 1024 * 1024) : IPageFetcher
{
    private readonly ConcurrentDictionary<string, Lazy<Task<FetchResult>>> _inFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkedListNode<(string Key, FetchResult Result)>> _cache = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, FetchResult Result)> _lru = new();
    private readonly Lock _gate = new();
    private long _cachedBytes;
    private int _fetches;

    /// <summary>Requests that reached the inner fetcher.</summary>
    public int Fetches => Volatile.Read(ref _fetches);

    /// <summary>A conditional fetch goes to the server (only it knows whether the page changed); it is still counted.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, PageValidators? validators, CancellationToken cancellationToken)
    {
        if (validators is null || validators.IsEmpty)
        {
            return await FetchAsync(url, cancellationToken).ConfigureAwait(false);
        }

        Interlocked.Increment(ref _fetches);
        return await inner.FetchAsync(url, validators, cancellationToken).ConfigureAwait(false);
    }

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var key = UrlCanonicalizer.Canonicalize(url).AbsoluteUri;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var node))
            {
                _lru.Remove(node);
                _lru.AddFirst(node);
                return node.Value.Result;
            }
        }

        var lazy = _inFlight.GetOrAdd(key, k => new Lazy<Task<FetchResult>>(() => FetchAndCacheAsync(k, url, cancellationToken)));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<FetchResult>>>(key, lazy));
        }
    }

    private async Task<FetchResult> FetchAndCacheAsync(string key, Uri url, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _fetches);
        var result = await inner.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (result.IsSuccess && result.Body.Length <= cacheBudgetBytes / 4)
        {
            lock (_gate)
            {
                if (!_cache.ContainsKey(key))
                {
                    _cache[key] = _lru.AddFirst((key, result));
                    _cachedBytes += result.Body.Length;
                    while (_cachedBytes > cacheBudgetBytes && _lru.Last is { } oldest)
                    {
                        _lru.RemoveLast();
                        _cache.Remove(oldest.Value.Key);
                        _cachedBytes -= oldest.Value.Result.Body.Length;
                    }
                }
            }
        }

        return result;
    }
}
