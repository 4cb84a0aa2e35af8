using ShelfScout.Agents.Crawling;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Products;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Products;

/// <summary>
/// Finishes the crawl the categories stage started: every queued page (product cards, further listing pages, sitemap
/// products, breadcrumb categories) is fetched, classified and handled; a product page is stored once under its
/// canonical URL and linked to every category that listed it. Failed pages get a final pass with the retry budget.
/// </summary>
public sealed class ProductExtractionAgent(ProductExtractor extractor) : IAgent
{
    /// <summary>Attempts a page gets in all (the fetcher's own retries come on top of each).</summary>
    private const int MaxAttempts = 2;

    public Stage Stage => Stage.Products;

    public string Name => "ProductExtractionAgent";

    public async Task<StageResult> RunAsync(AgentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = context.Crawl ?? throw new InvalidOperationException("The products stage needs a crawl session.");
        var started = context.TimeProvider.GetTimestamp();
        var before = await context.Store.CountAsync(context.Retailer.Id, cancellationToken).ConfigureAwait(false);
        var crawler = new CatalogCrawler(context, session, extractor, Stage);
        await crawler.RunAsync(includeProducts: true, cancellationToken).ConfigureAwait(false);

        // The final pass: what failed is tried again once the rest is done (a host that was struggling may have recovered).
        if (await context.Store.RequeueFailedAsync(session.Crawl.Id, MaxAttempts, cancellationToken).ConfigureAwait(false) > 0)
        {
            await crawler.RunAsync(includeProducts: true, cancellationToken).ConfigureAwait(false);
        }

        // Pages that took their template group's role before the group settled are decided again by what it says now.
        var redecided = await RoleRevisit.RunAsync(context, session, crawler, cancellationToken).ConfigureAwait(false);
        await CategoryTreeResolver.ResolveAsync(context, cancellationToken).ConfigureAwait(false);
        var links = await context.Store.ResolveListingLinksAsync(session.Crawl.Id, context.Retailer.Id, cancellationToken).ConfigureAwait(false);
        var counts = await context.Store.CountFrontierAsync(session.Crawl.Id, cancellationToken).ConfigureAwait(false);
        var crawlStatus = counts.Deferred > 0 ? CrawlStatus.Limited : counts.Unfinished > 0 ? CrawlStatus.Running : CrawlStatus.Complete;
        var confirmed = 0;
        if (session.Recheck && crawlStatus == CrawlStatus.Complete && counts.Failed == 0)
        {
            // Only a whole, lossless pass may conclude that a product is gone: a product not reached is not delisted.
            confirmed = await ConfirmUnseenAsync(context, session, cancellationToken).ConfigureAwait(false);
        }

        await context.Store.FinishCrawlAsync(session.Crawl.Id, crawlStatus, context.TimeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);

        var after = await context.Store.CountAsync(context.Retailer.Id, cancellationToken).ConfigureAwait(false);
        var products = session.Products;
        var note = $"{after.Products} products, {links} category links, {counts.Done} pages done"
            + (counts.Failed > 0 ? $", {counts.Failed} pages lost" : string.Empty)
            + (session.DeadLinks > 0 ? $", {session.DeadLinks} dead links (404/410)" : string.Empty)
            + (counts.Deferred > 0 ? $", {counts.Deferred} left by limits" : string.Empty)
            + (redecided > 0 ? $", {redecided} pages decided again by their template group" : string.Empty)
            + (session.Recheck ? $"; recheck: {counts.Seen} confirmed by their card or sitemap date, {session.Unchanged} by a 304, {session.NewProducts} new, {session.Delisted + confirmed} delisted" : string.Empty);
        var evidence = await context.Store.GetCoverageEvidenceAsync(session.Crawl.Id, cancellationToken).ConfigureAwait(false);
        var coverage = CoverageEstimator.Estimate(after.Products, evidence);
        note += "; " + coverage.Describe() + (coverage.Shortfalls.Count > 0 ? " (" + string.Join("; ", coverage.Shortfalls) + ")" : string.Empty);

        // Failed attempts that the final pass recovered are in the run's errors, but only pages still lost make it
        // partial; so does a crawl short of its own estimate of the store (a run's limits excepted: it was asked to stop).
        var status = after.Products == 0 ? StageStatus.Failed
            : counts.Failed > 0 ? StageStatus.PartiallySucceeded
            : !coverage.IsComplete && counts.Deferred == 0 ? StageStatus.PartiallySucceeded
            : StageStatus.Succeeded;
        // New means first stored by this run: on a recheck, products that appeared; a delisting is not a negative new.
        var added = session.Recheck ? session.NewProducts : Math.Max(0, after.Products - before.Products);
        return new StageResult(Stage, status, products.Processed, products.Succeeded, counts.Failed, added, context.TimeProvider.GetElapsedTime(started), note)
        {
            LostPages = counts.Failed,
            Limited = counts.Deferred > 0,
            Coverage = coverage,
        };
    }

    /// <summary>
    /// Products a complete recheck neither fetched nor saw on a card: their own page decides. Gone (404/410) or no longer
    /// a product page means delisted; a page still showing the product keeps it (unlisted, its offer recorded).
    /// </summary>
    private async Task<int> ConfirmUnseenAsync(AgentContext context, CrawlSession session, CancellationToken cancellationToken)
    {
        var unseen = await context.Store.GetUnseenProductsAsync(session.Crawl.Id, context.Retailer.Id, cancellationToken).ConfigureAwait(false);
        var delisted = 0;
        await Parallel.ForEachAsync(
            unseen,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Limits.Concurrency), CancellationToken = cancellationToken },
            async (product, ct) =>
            {
                if (await Prices.ProductPageCheck.RunAsync(context, Stage, extractor, product, ct).ConfigureAwait(false) == Prices.ProductCheck.Delisted)
                {
                    Interlocked.Increment(ref delisted);
                }
            }).ConfigureAwait(false);
        return delisted;
    }
}
