using ShelfScout.Agents.Crawling;
using ShelfScout.Agents.Pages;
using ShelfScout.Agents.Products;
using ShelfScout.Agents.Running;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Sites;
using ShelfScout.Extraction.Reviews;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Reviews;

/// <summary>
/// Reads reviews from pages the crawl reads anyway: a product page read by the products stage gives its first page of
/// reviews with no request of its own, and a further page of reviews is a frontier entry
/// (<see cref="FrontierReason.Reviews"/>), so a killed run loses none of that work and a resumed one repeats none of it.
/// One per crawl session, shared by its workers and by the reviews stage, which reports what it counted.
/// </summary>
public sealed class ReviewReading
{
    private readonly ReviewExtractor _extractor;
    private readonly int _maxPagesPerProduct;

    internal ReviewReading(ReviewExtractor extractor, AgentLimits limits)
    {
        _extractor = extractor;
        _maxPagesPerProduct = limits.MaxReviewPagesPerProduct;
        Budget = new ReviewBudget(limits.MaxReviewsPerRun);
    }

    /// <summary>The run's review limit (<c>--max-reviews</c>).</summary>
    internal ReviewBudget Budget { get; }

    private int _added;

    /// <summary>Products whose reviews were read (their first page) or could not be, in this run.</summary>
    internal StageCounters Counters { get; } = new();

    /// <summary>New reviews stored in this run.</summary>
    internal int Added => Volatile.Read(ref _added);

    /// <summary>Counts a product whose first page of reviews could not be read.</summary>
    internal void CountFailed(int pageNumber)
    {
        if (pageNumber == 1)
        {
            Counters.Start();
            Counters.Fail();
        }
    }

    /// <summary>
    /// Fetches and reads page <paramref name="pageNumber"/> of product <paramref name="productId"/>'s reviews (1: the
    /// product's own page), the one way every stage does: the product's own page gone is a delisting, as in every stage; a
    /// further page gone, or a page that is not HTML, ends its reviews; any other failure is the caller's to record.
    /// </summary>
    internal async Task<ReviewPage> ReadPageAsync(AgentContext context, long productId, Uri url, int pageNumber, CancellationToken cancellationToken)
    {
        var fetched = await PageFetch.FetchAsync(context.Fetcher, url, validators: null, cancellationToken).ConfigureAwait(false);
        switch (fetched.Answer)
        {
            case PageAnswer.Html:
                var (added, next) = await fetched.ReadAsync(page => ReadAsync(context, productId, page, pageNumber, cancellationToken), cancellationToken).ConfigureAwait(false);
                return new ReviewPage(ReviewPageOutcome.Read, added, next, null);
            case PageAnswer.Gone when pageNumber == 1:
                await ProductDelisting.DelistAsync(context, productId, cancellationToken).ConfigureAwait(false);
                return new ReviewPage(ReviewPageOutcome.Delisted, 0, null, fetched.Why);
            case PageAnswer.Gone or PageAnswer.NotHtml:
                return new ReviewPage(ReviewPageOutcome.Ended, 0, null, fetched.Why);
            default:
                return new ReviewPage(ReviewPageOutcome.Failed, 0, null, fetched.Why);
        }
    }

    /// <summary>
    /// Stores the reviews page <paramref name="page"/> shows for product <paramref name="productId"/> (its page number
    /// <paramref name="pageNumber"/>, 1 for the product's own page) and marks the product's reviews read. Returns how many
    /// were new and the entry of its next page of reviews, if it has one within the per-product page limit.
    /// </summary>
    internal async Task<(int Added, FrontierSeed? Next)> ReadAsync(AgentContext context, long productId, LoadedPage page, int pageNumber, CancellationToken cancellationToken)
    {
        var read = Read(page, pageNumber);
        var added = await context.Store.AddReviewsAsync(productId, read.Reviews, context.TimeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return (added, Stored(productId, read, added));
    }

    /// <summary>
    /// The reviews page <paramref name="page"/> shows, within the run's review limit, for a caller that stores them in a
    /// write of its own (a product page's reviews go with the product); <see cref="Stored"/> then counts them.
    /// </summary>
    internal ReviewsRead Read(LoadedPage page, int pageNumber)
    {
        var read = _extractor.Extract(page.Document, page.Url);
        var take = Budget.Take(read.Reviews.Count);
        var next = read.NextPage is { } n && SiteIdentity.IsSameSite(n, page.Url) && pageNumber < _maxPagesPerProduct && !Budget.Exhausted
            && !string.Equals(CrawlSeeds.Key(n), CrawlSeeds.Key(page.Url), StringComparison.Ordinal)
            ? n
            : null;
        return new ReviewsRead(read.Reviews.Take(take).ToList(), next, pageNumber);
    }

    /// <summary>Counts the reviews of <paramref name="read"/> stored for product <paramref name="productId"/> (<paramref name="added"/> new) and gives the entry of its next page of reviews, if any.</summary>
    internal FrontierSeed? Stored(long productId, ReviewsRead read, int added)
    {
        Interlocked.Add(ref _added, added);
        if (read.PageNumber == 1)
        {
            Counters.Start();
            Counters.Succeed(added);
        }

        return read.Next is { } next ? CrawlSeeds.Reviews(next, productId, read.PageNumber + 1) : null;
    }
}

/// <summary>The reviews read from one page of a product's reviews (within the run's limit) and the address of the next page, if it is to be read.</summary>
internal sealed record ReviewsRead(IReadOnlyList<ReviewData> Reviews, Uri? Next, int PageNumber);
