using ShelfScout.Domain.Runs;
using ShelfScout.Storage;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Orchestration;

/// <summary>
/// Conditional execution: which stages a run skips. Disabled stages are skipped. The categories and products stages
/// run while the retailer's crawl has unfinished work (a new retailer, a run that was interrupted or limited) and
/// are skipped once its crawl is complete, unless the run asks to refresh. Prices always run; reviews are skipped
/// when some are stored, unless refreshing.
/// </summary>
internal sealed class StagePlan
{
    private readonly Dictionary<Stage, string> _skips = [];

    public string? SkipReason(Stage stage) => _skips.GetValueOrDefault(stage);

    /// <summary>True when the categories or the products stage will run (they need a crawl session).</summary>
    public bool Crawls => SkipReason(Stage.Categories) is null || SkipReason(Stage.Products) is null;

    public static async Task<StagePlan> DecideAsync(IShelfStore store, long retailerId, RunRequest request, CancellationToken cancellationToken)
    {
        var counts = await store.CountAsync(retailerId, cancellationToken).ConfigureAwait(false);
        var crawl = await store.GetLatestCrawlAsync(retailerId, cancellationToken).ConfigureAwait(false);
        var complete = !request.Refresh && crawl is { Status: CrawlStatus.Complete };
        var plan = new StagePlan();
        plan.Decide(Stage.Categories, request.Categories, complete ? "catalogue crawl complete (use --refresh to crawl again)" : null);
        plan.Decide(Stage.Products, request.Products, complete ? "catalogue crawl complete (use --refresh to crawl again)" : null);
        plan.Decide(Stage.Prices, request.Prices, null);
        plan.Decide(Stage.Reviews, request.Reviews, !request.Refresh && counts.Reviews > 0 ? $"{counts.Reviews} reviews already stored (use --refresh to redo)" : null);
        return plan;
    }

    private void Decide(Stage stage, bool enabled, string? skip)
    {
        if (!enabled)
        {
            _skips[stage] = "disabled";
        }
        else if (skip is not null)
        {
            _skips[stage] = skip;
        }
    }
}
