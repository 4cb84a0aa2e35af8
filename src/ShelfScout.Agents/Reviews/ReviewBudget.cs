namespace ShelfScout.Agents.Reviews;

/// <summary>The per-run review limit, shared by parallel workers.</summary>
internal sealed class ReviewBudget(int? limit)
{
    private int _remaining = limit ?? int.MaxValue;

    public bool Exhausted => Volatile.Read(ref _remaining) <= 0;

    /// <summary>Reserves up to <paramref name="wanted"/> reviews; returns how many may be stored.</summary>
    public int Take(int wanted)
    {
        while (true)
        {
            var remaining = Volatile.Read(ref _remaining);
            var granted = Math.Min(Math.Max(remaining, 0), wanted);
            if (granted == 0 || Interlocked.CompareExchange(ref _remaining, remaining - granted, remaining) == remaining)
            {
                return granted;
            }
        }
    }
}
