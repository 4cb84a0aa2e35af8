using ShelfScout.Agents.Crawling;
using ShelfScout.Agents.Running;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Products;
using ShelfScout.Extraction.Reviews;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Reviews;

/// <summary>
/// Collects customer reviews for the retailer's products (structured data or the page itself), following review
/// pagination up to a per-product page limit and storing only new reviews, up to a per-run limit.
/// With a crawl (the categories or products stage in the run) the work lives in the crawl's frontier: the crawl reads
/// the reviews of every product page it reads (<see cref="ReviewReading"/>), and this stage queues the products whose
/// reviews this crawl has not read (on a recheck: those never read) and drains their review pages through the same
/// crawl loop, so a killed run is resumed without a page read twice. Without a crawl it reads the products' pages itself.
/// </summary>
public sealed class ReviewScraperAgent(ReviewExtractor extractor, ProductExtractor products) : IAgent, ICrawlParticipant
{
    public Stage Stage => Stage.Reviews;

    public string Name => "ReviewScraperAgent";

    public void JoinCrawl(CrawlSession session, AgentLimits limits)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.ReadReviews(extractor, limits);
    }

    public async Task<StageResult> RunAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var started = context.TimeProvider.GetTimestamp();
        var refs = await context.Store.GetProductRefsAsync(context.Retailer.Id, cancellationToken).ConfigureAwait(false);
        if (refs.Count == 0)
        {
            return StageResult.Skipped(Stage, "no products to read reviews for");
        }

        return context.Crawl is { Reviews: { } reading } session
            ? await ThroughCrawlAsync(context, session, reading, refs, started, cancellationToken).ConfigureAwait(false)
            : await AloneAsync(context, refs, started, cancellationToken).ConfigureAwait(false);
    }

    private async Task<StageResult> ThroughCrawlAsync(AgentContext context, CrawlSession session, ReviewReading reading, IReadOnlyList<ProductRef> refs, long started, CancellationToken cancellationToken)
    {
        // Read in this crawl already (by the products stage, or by an earlier run of this crawl), or on a recheck read
        // once before: the page the crawl reads anyway brings any news.
        var since = session.Crawl.StartedAt;
        var due = refs.Where(p => p.ReviewsReadAt is not { } read || (!session.TrustsEvidence && read < since)).ToList();
        if (due.Count > 0 && !reading.Budget.Exhausted)
        {
            var seeds = due.Select(p => CrawlSeeds.Reviews(new Uri(p.Url), p.Id, 1)).ToList();
            await context.Store.EnqueueAsync(session.Crawl.Id, seeds, context.TimeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        await new CatalogCrawler(context, session, products, Stage).RunAsync(includeProducts: true, cancellationToken).ConfigureAwait(false);
        var note = reading.Budget.Exhausted
            ? $"stopped at --max-reviews {context.Limits.MaxReviewsPerRun}"
            : $"{reading.Added} new" + (due.Count < refs.Count ? $"; {refs.Count - due.Count} products' reviews read with their pages" : string.Empty);
        return reading.Counters.ToResult(Stage, context.TimeProvider.GetElapsedTime(started), note, reading.Added);
    }

    /// <summary>Without a crawl in the run: every product's page read here, in parallel.</summary>
    private async Task<StageResult> AloneAsync(AgentContext context, IReadOnlyList<ProductRef> refs, long started, CancellationToken cancellationToken)
    {
        var reading = new ReviewReading(extractor, context.Limits);
        await Parallel.ForEachAsync(
            refs,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Limits.Concurrency), CancellationToken = cancellationToken },
            async (product, ct) =>
            {
                if (reading.Budget.Exhausted)
                {
                    return;
                }

                if (await ItemGuard.RunAsync(context, Stage, product.Url, failed: (bool?)null, () => ScrapeProductAsync(context, reading, product, ct), ct).ConfigureAwait(false) is null)
                {
                    reading.CountFailed(1);
                }

                context.Recorder.Report(Stage, product.Name ?? product.Url, reading.Counters.Processed, refs.Count);
            }).ConfigureAwait(false);

        var note = reading.Budget.Exhausted ? $"stopped at --max-reviews {context.Limits.MaxReviewsPerRun}" : $"{reading.Added} new";
        return reading.Counters.ToResult(Stage, context.TimeProvider.GetElapsedTime(started), note, reading.Added);
    }

    /// <summary>True when the product's reviews were read (its first page at least), null when its first page failed.</summary>
    private async Task<bool?> ScrapeProductAsync(AgentContext context, ReviewReading reading, ProductRef product, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Uri? next = new(product.Url);
        var page = 1;
        while (next is not null && seen.Add(CrawlSeeds.Key(next)))
        {
            var read = await reading.ReadPageAsync(context, product.Id, next, page, cancellationToken).ConfigureAwait(false);
            switch (read.Outcome)
            {
                case ReviewPageOutcome.Read:
                    next = read.Next is null ? null : new Uri(read.Next.Url);
                    page++;
                    break;
                case ReviewPageOutcome.Failed:
                    await context.Recorder.RecordErrorAsync(Stage, next.AbsoluteUri, read.Why!, cancellationToken).ConfigureAwait(false);
                    return page == 1 ? null : true;
                default:
                    return true;
            }
        }

        return true;
    }
}
