using System.Collections.Concurrent;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// The run's <c>--max-*</c> limits applied to a frontier crawl: what is over a limit is kept in the frontier as deferred,
/// so a later run without limits completes the crawl. Counts are per run.
/// </summary>
internal sealed class CrawlLimits(AgentLimits limits)
{
    private readonly ConcurrentDictionary<string, int> _productsPerCategory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _pagesPerCategory = new(StringComparer.Ordinal);
    private int _categories;
    private int _deferred;

    /// <summary>True when the run has any <c>--max-*</c> limit.</summary>
    public bool Any => limits.MaxCategories is not null || limits.MaxProductsPerCategory is not null;

    /// <summary>How many entries the limits deferred in this run.</summary>
    public int Deferred => Volatile.Read(ref _deferred);

    public void CountDeferred(int count) => Interlocked.Add(ref _deferred, count);

    /// <summary>Takes one category slot; false when the run's category limit is used up.</summary>
    public bool TryTakeCategory()
    {
        if (limits.MaxCategories is not { } max)
        {
            return true;
        }

        return Interlocked.Increment(ref _categories) <= max;
    }

    /// <summary>How many of <paramref name="wanted"/> more products the category may still queue.</summary>
    public int TakeProducts(string categoryKey, int wanted)
    {
        if (limits.MaxProductsPerCategory is not { } max)
        {
            return wanted;
        }

        var granted = 0;
        _productsPerCategory.AddOrUpdate(
            categoryKey,
            _ => granted = Math.Min(wanted, max),
            (_, used) =>
            {
                granted = Math.Max(0, Math.Min(wanted, max - used));
                return used + granted;
            });
        return granted;
    }

    /// <summary>True while the category has room for more products.</summary>
    public bool HasProductRoom(string categoryKey) =>
        limits.MaxProductsPerCategory is not { } max || _productsPerCategory.GetValueOrDefault(categoryKey) < max;

    /// <summary>Counts a listing page of the category; false once the guard against endless pagination is reached.</summary>
    public bool TakeListingPage(string categoryKey) =>
        _pagesPerCategory.AddOrUpdate(categoryKey, 1, (_, n) => n + 1) <= limits.MaxListingPagesPerCategory;
}
