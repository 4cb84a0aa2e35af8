namespace ShelfScout.Storage.Frontier;

/// <summary>A crawl's frontier by state.</summary>
public sealed record FrontierCounts(int Queued, int InProgress, int Done, int Failed, int Deferred)
{
    public int Total => Queued + InProgress + Done + Failed + Deferred;

    /// <summary>Work a run could still do: queued or leased entries.</summary>
    public int Unfinished => Queued + InProgress;
}
