using ShelfScout.Domain.Runs;

namespace ShelfScout.Orchestration;

/// <summary>
/// Conditional execution: which stages a run skips. Disabled stages are skipped. The categories and products stages
/// always run: a new retailer's crawl, an unfinished crawl resumed, or, once a crawl was complete, a recheck that
/// re-reads listings (new products, delisted ones, prices and stock from cards where they confirm the catalogue).
/// Prices and reviews always run: each reads only what is due (prices not observed in this crawl; reviews not read in
/// this crawl, or on a recheck never read).
/// </summary>
internal sealed class StagePlan
{
    private readonly Dictionary<Stage, string> _skips = [];

    public string? SkipReason(Stage stage) => _skips.GetValueOrDefault(stage);

    /// <summary>True when the categories or the products stage will run (they need a crawl session).</summary>
    public bool Crawls => SkipReason(Stage.Categories) is null || SkipReason(Stage.Products) is null;

    public static StagePlan Decide(RunRequest request)
    {
        var plan = new StagePlan();
        plan.Decide(Stage.Categories, request.Categories, null);
        plan.Decide(Stage.Products, request.Products, null);
        plan.Decide(Stage.Prices, request.Prices, null);
        plan.Decide(Stage.Reviews, request.Reviews, null);
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
