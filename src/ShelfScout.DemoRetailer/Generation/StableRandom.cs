namespace ShelfScout.DemoRetailer.Generation;

/// <summary>
/// SplitMix64 stream seeded from a purpose string and integers, so every decision of the generator is
/// reproducible across processes and .NET versions (unlike string.GetHashCode or an unseeded Random).
/// </summary>
internal sealed class StableRandom
{
    private ulong _state;

    private StableRandom(ulong state) => _state = state;

    public static StableRandom For(int seed, string purpose, params ReadOnlySpan<long> parts)
    {
        var h = Mix(0x243F6A8885A308D3UL ^ (ulong)seed);
        h = Mix(h ^ HashText(purpose));
        foreach (var part in parts)
        {
            h = Mix(h ^ (ulong)part);
        }

        return new StableRandom(h);
    }

    public static ulong Hash(int seed, string purpose, params ReadOnlySpan<long> parts) => For(seed, purpose, parts).NextULong();

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform integer in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextULong() % (ulong)maxExclusive);

    /// <summary>Uniform integer in [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A deterministic subset of <paramref name="count"/> items, kept in their original order.</summary>
    public List<T> PickOrdered<T>(IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToList();
        Shuffle(indexes);
        return indexes.Take(count).Order().Select(i => items[i]).ToList();
    }

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong HashText(string text)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        return h;
    }
}
