namespace ShelfScout.Storage.Frontier;

/// <summary>Where a frontier entry's work stands.</summary>
public enum FrontierState
{
    /// <summary>Waiting to be claimed.</summary>
    Queued,

    /// <summary>Claimed by a worker, whose lease says until when it is theirs.</summary>
    InProgress,

    /// <summary>Fetched and handled; never fetched again in this crawl.</summary>
    Done,

    /// <summary>Could not be fetched or handled after its attempts; retried by a final pass.</summary>
    Failed,

    /// <summary>Known but left out by a run's limits (<c>--max-*</c>); a later run without limits takes it up.</summary>
    Deferred,

    /// <summary>A known product seen unchanged on a listing card: observed without fetching its page.</summary>
    Seen,
}
