using ShelfScout.Domain.Runs;
using ShelfScout.Storage;

namespace ShelfScout.Orchestration;

/// <summary>
/// Conditional execution: which stages a run skips. Disabled stages are skipped; for a retailer whose categories,
/// products or reviews already exist those stages are skipped unless the run asks to refresh; prices always run.
/// </summary>
internal sealed class StagePlan
{
    private readonly Dictionary<Stage, string> _skips = [];

    public string? SkipReason(Stage stage) => _skips.GetValueOrDefault(stage);

    public static async Task<StagePlan> DecideAsync(IShelfStore store, long retailerId, RunRequest request, CancellationToken cancellationToken)
    {
        var counts = await store.CountAsync(retailerId, cancellationToken).ConfigureAwait(false);
        var plan = new StagePlan();
        plan.Decide(Stage.Categories, request.Categories, request.Refresh ? 0 : counts.Categories, "categories");
        plan.Decide(Stage.Products, request.Products, request.Refresh ? 0 : counts.Products, "products");
        plan.Decide(Stage.Prices, request.Prices, 0, "prices");
        plan.Decide(Stage.Reviews, request.Reviews, request.Refresh ? 0 : counts.Reviews, "reviews");
        return plan;
    }

    private void Decide(Stage stage, bool enabled, int existing, string what)
    {
        if (!enabled)
        {
            _skips[stage] = "disabled";
        }
        else if (existing > 0)
        {
            _skips[stage] = $"{existing} {what} already stored (use --refresh to redo)";
        }
    }
}
