using ShelfScout.Cluster.Contracts;
using ShelfScout.Cluster.Placement;

namespace ShelfScout.Cluster.Workers;

/// <summary>The addressable face of a silo's <see cref="SiloCrawlWorker"/>: pinned to that silo, it hands joins to it.</summary>
[SiloPinnedPlacement]
internal sealed class CrawlWorkerGrain(SiloCrawlWorker worker) : Grain, ICrawlWorkerGrain
{
    public Task<bool> JoinAsync(string retailer, int round, ClusterSubmission submission, RoundCrawl? crawl) =>
        worker.JoinAsync(retailer, round, submission, crawl);

    public Task LeaveAsync(string retailer) => worker.LeaveAsync(retailer);

    public Task<bool> HasShareAsync(string retailer, int round) => Task.FromResult(worker.HasShare(retailer, round));
}
