namespace ShelfScout.Storage.Frontier;

/// <summary>How far one crawl of a retailer got.</summary>
public enum CrawlStatus
{
    /// <summary>Work remains in its frontier (it may be resumed by a later run).</summary>
    Running,

    /// <summary>It stopped at a run's limits; deferred entries remain for a run without limits.</summary>
    Limited,

    /// <summary>Every entry of its frontier is done or failed for good.</summary>
    Complete,
}
