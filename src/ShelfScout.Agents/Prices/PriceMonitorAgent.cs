using ShelfScout.Agents.Pages;
using ShelfScout.Agents.Products;
using ShelfScout.Agents.Running;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Products;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Prices;

/// <summary>
/// Refreshes the current price and stock of every known product of the retailer, appends to history only what
/// changed (the store raises the alerts for price drops and rises and stock changes). Products already observed in this run
/// (just extracted by the product agent) are not fetched again.
/// </summary>
public sealed class PriceMonitorAgent(ProductExtractor extractor) : IAgent
{
    public Stage Stage => Stage.Prices;

    public string Name => "PriceMonitorAgent";

    public async Task<StageResult> RunAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var started = context.TimeProvider.GetTimestamp();
        var products = await context.Store.GetProductRefsAsync(context.Retailer.Id, cancellationToken).ConfigureAwait(false);
        var due = products.Where(p => p.LastObservedAt is not { } at || at < context.RunStartedAt).ToList();
        var fresh = products.Count - due.Count;
        if (due.Count == 0)
        {
            var reason = products.Count == 0 ? "no products to monitor" : $"all {fresh} fresh from this run";
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

    /// <summary>True when price or stock changed, false when unchanged, null when the page failed.</summary>
    private async Task<bool?> RefreshAsync(AgentContext context, ProductRef product, CancellationToken cancellationToken)
    {
        var url = new Uri(product.Url);
        var page = await PageLoader.LoadAsync(context, Stage, url, cancellationToken).ConfigureAwait(false);
        if (page is null)
        {
            return null;
        }

        var extraction = extractor.Extract(page.Document, page.Url);
        if (extraction.Product is not { } data)
        {
            await context.Recorder.RecordErrorAsync(Stage, product.Url, "no product found on the page any more", cancellationToken).ConfigureAwait(false);
            return null;
        }

        var now = context.TimeProvider.GetUtcNow();
        var (price, stock) = await OfferRecorder.RecordAsync(context, product.Id, data, page.Url, now, cancellationToken).ConfigureAwait(false);
        return price is not null || stock is not null;
    }
}
