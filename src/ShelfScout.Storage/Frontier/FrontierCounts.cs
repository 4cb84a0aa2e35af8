namespace ShelfScout.Storage.Frontier;

/// <summary>A crawl's frontier by state.</summary>
public sealed record FrontierCounts(int Queued, int InProgress, int Done, int Failed, int Deferred)
{
    /// <summary>Known products confirmed by their listing card without a fetch (a recheck crawl).</summary>
    public int Seen { get; init; }

    public int Total => Queued + InProgress + Done + Failed + Deferred + Seen;

    /// <summary>Work a run could still do: queued or leased entries.</summary>
    public int Unfinished => Queued + InProgress;
}
