using ShelfScout.Agents.Running;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Products;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Prices;

/// <summary>
/// Refreshes the current price and stock of every known product of the retailer, appends to history only what
/// changed (the store raises the alerts for price drops and rises and stock changes). Products already observed in this run
/// (just extracted by the product agent, or confirmed by their listing card, in this run or an earlier
/// run of the crawl it resumes) are not fetched again; the others are
/// asked for conditionally (ETag, Last-Modified), so an unchanged page costs a 304. A page gone is a delisted product.
/// </summary>
public sealed class PriceMonitorAgent(ProductExtractor extractor) : IAgent
{
    public Stage Stage => Stage.Prices;

    public string Name => "PriceMonitorAgent";

    public async Task<StageResult> RunAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var started = context.TimeProvider.GetTimestamp();
        var products = await context.Store.GetProductRefsAsync(context.Retailer.Id, cancellationToken).ConfigureAwait(false);
        // Fresh: observed since this crawl began (by this run, or by an earlier run of the crawl it resumes).
        var since = context.Crawl?.Crawl.StartedAt ?? context.RunStartedAt;
        var due = products.Where(p => p.LastObservedAt is not { } at || at < since).ToList();
        var fresh = products.Count - due.Count;
        if (due.Count == 0)
        {
            var reason = products.Count == 0 ? "no products to monitor" : $"all {fresh} fresh from this crawl";
            return new StageResult(Stage, products.Count == 0 ? StageStatus.Skipped : StageStatus.Succeeded, 0, 0, 0, 0, context.TimeProvider.GetElapsedTime(started), reason);
        }

        var counters = new StageCounters();
        await Parallel.ForEachAsync(
            due,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Limits.Concurrency), CancellationToken = cancellationToken },
            async (product, ct) =>
            {
                var done = counters.Start();
                switch (await ItemGuard.RunAsync(context, Stage, product.Url, failed: (bool?)null, () => RefreshAsync(context, product, ct), ct).ConfigureAwait(false))
                {
                    case null:
                        counters.Fail();
                        break;
                    case var changed:
                        counters.Succeed(changed.Value ? 1 : 0);
                        break;
                }

                context.Recorder.Report(Stage, product.Name ?? product.Url, done, due.Count);
            }).ConfigureAwait(false);

        var note = $"{counters.Changed} of {due.Count} changed";
        return counters.ToResult(Stage, context.TimeProvider.GetElapsedTime(started), note);
    }

    /// <summary>True when price or stock changed, false when unchanged (a 304 included), null when the page failed or is gone.</summary>
    private async Task<bool?> RefreshAsync(AgentContext context, ProductRef product, CancellationToken cancellationToken) =>
        await ProductPageCheck.RunAsync(context, Stage, extractor, product, cancellationToken).ConfigureAwait(false) switch
        {
            ProductCheck.Changed => true,
            ProductCheck.Unchanged or ProductCheck.NotModified => false,
            _ => null,
        };
}
