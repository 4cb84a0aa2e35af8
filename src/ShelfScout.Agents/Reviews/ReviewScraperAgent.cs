using ShelfScout.Agents.Pages;
using ShelfScout.Agents.Products;
using ShelfScout.Agents.Running;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Reviews;
using ShelfScout.Fetching;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Reviews;

/// <summary>
/// Collects customer reviews for the retailer's products: reads the reviews on each product page (structured data
/// or the page itself), follows review pagination up to a per-product page limit, and stores only new reviews,
/// up to a per-run limit.
/// </summary>
public sealed class ReviewScraperAgent(ReviewExtractor extractor) : IAgent
{
    public Stage Stage => Stage.Reviews;

    public string Name => "ReviewScraperAgent";

    public async Task<StageResult> RunAsync(AgentContext context, CancellationToken cancellationToken)
    {
        var started = context.TimeProvider.GetTimestamp();
        var products = await context.Store.GetProductRefsAsync(context.Retailer.Id, cancellationToken).ConfigureAwait(false);
        if (products.Count == 0)
        {
            return StageResult.Skipped(Stage, "no products to read reviews for");
        }

        var budget = new ReviewBudget(context.Limits.MaxReviewsPerRun);
        var counters = new StageCounters();
        await Parallel.ForEachAsync(
            products,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, context.Limits.Concurrency), CancellationToken = cancellationToken },
            async (product, ct) =>
            {
                if (budget.Exhausted)
                {
                    return;
                }

                var done = counters.Start();
                if (await ItemGuard.RunAsync(context, Stage, product.Url, failed: (int?)null, () => ScrapeProductAsync(context, product, budget, ct), ct).ConfigureAwait(false) is { } added)
                {
                    counters.Succeed(added);
                }
                else
                {
                    counters.Fail();
                }

                context.Recorder.Report(Stage, product.Name ?? product.Url, done, products.Count);
            }).ConfigureAwait(false);

        var note = budget.Exhausted ? $"stopped at --max-reviews {context.Limits.MaxReviewsPerRun}" : $"{counters.Changed} new";
        return counters.ToResult(Stage, context.TimeProvider.GetElapsedTime(started), note);
    }

    /// <summary>New reviews stored for the product, or null when its first page failed.</summary>
    private async Task<int?> ScrapeProductAsync(AgentContext context, ProductRef product, ReviewBudget budget, CancellationToken cancellationToken)
    {
        var seenPages = new HashSet<string>(StringComparer.Ordinal);
        Uri? next = new(product.Url);
        var added = 0;
        var pages = 0;
        while (next is not null && pages < context.Limits.MaxReviewPagesPerProduct && !budget.Exhausted)
        {
            if (!seenPages.Add(UrlCanonicalizer.Canonicalize(next).AbsoluteUri))
            {
                break;
            }

            var fetched = await PageFetch.FetchAsync(context.Fetcher, next, validators: null, cancellationToken).ConfigureAwait(false);
            if (fetched.Answer != PageAnswer.Html)
            {
                // The product's own page gone is a delisting, as in every stage; a further review page gone ends its pages.
                if (fetched.Answer == PageAnswer.Gone && pages == 0)
                {
                    await ProductDelisting.DelistAsync(context, product.Id, cancellationToken).ConfigureAwait(false);
                    return 0;
                }

                await context.Recorder.RecordErrorAsync(Stage, next.AbsoluteUri, fetched.Why, cancellationToken).ConfigureAwait(false);
                return pages == 0 ? null : added;
            }

            pages++;
            var (reviews, stored) = await fetched.ReadAsync(
                async page =>
                {
                    var read = extractor.Extract(page.Document, page.Url);
                    var take = budget.Take(read.Reviews.Count);
                    var count = take > 0 ? await context.Store.AddReviewsAsync(product.Id, read.Reviews.Take(take).ToList(), cancellationToken).ConfigureAwait(false) : 0;
                    return (read, count);
                },
                cancellationToken).ConfigureAwait(false);
            added += stored;
            next = reviews.NextPage is { } n && ShelfScout.Domain.Sites.SiteIdentity.IsSameSite(n, fetched.Result.FinalUrl) ? n : null;
        }

        return added;
    }
}
