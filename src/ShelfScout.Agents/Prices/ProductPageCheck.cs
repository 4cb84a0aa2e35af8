using ShelfScout.Agents.Pages;
using ShelfScout.Agents.Products;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Products;
using ShelfScout.Fetching;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Prices;

/// <summary>How re-reading one known product's page ended.</summary>
internal enum ProductCheck
{
    /// <summary>The server answered 304: unchanged since the last read.</summary>
    NotModified,

    /// <summary>Read and recorded; price and stock are unchanged.</summary>
    Unchanged,

    /// <summary>Read and recorded; price or stock changed (the store raised the alerts).</summary>
    Changed,

    /// <summary>The page answers 404/410 or is no longer a product page: the product is delisted.</summary>
    Delisted,

    /// <summary>Not read (a network failure, an error status, a page that is not HTML): nothing is concluded.</summary>
    Failed,
}

/// <summary>
/// Re-reads a known product's own page through the stages' shared fetch step (<see cref="PageFetch"/>): conditionally
/// when its validators are known, recording its offer (whose changes the store alerts), or confirming it delisted when
/// the page is gone or no longer describes a product. Without the crawl's site evidence, a page is still a product page
/// while the extractor reads a product from it (see <see cref="ProductExtractor"/>: only a page that is plainly
/// something else reads as none).
/// </summary>
internal static class ProductPageCheck
{
    public static async Task<ProductCheck> RunAsync(AgentContext context, Stage stage, ProductExtractor extractor, ProductRef product, CancellationToken cancellationToken)
    {
        var validators = (product.ETag ?? product.LastModified) is null ? null : new PageValidators(product.ETag, product.LastModified);
        var fetched = await PageFetch.FetchAsync(context.Fetcher, new Uri(product.Url), validators, cancellationToken).ConfigureAwait(false);
        switch (fetched.Answer)
        {
            case PageAnswer.NotModified:
                await context.Store.TouchProductAsync(product.Id, context.TimeProvider.GetUtcNow(), fetched.Result.Validators?.ETag, fetched.Result.Validators?.LastModified, null, cancellationToken).ConfigureAwait(false);
                return ProductCheck.NotModified;
            case PageAnswer.Gone:
                await ProductDelisting.DelistAsync(context, product.Id, cancellationToken).ConfigureAwait(false);
                return ProductCheck.Delisted;
            case PageAnswer.Html:
                return await fetched.ReadAsync(page => RecordAsync(context, extractor, product, page, fetched.Result.Validators, cancellationToken), cancellationToken).ConfigureAwait(false);
            default:
                await context.Recorder.RecordErrorAsync(stage, product.Url, fetched.Why, cancellationToken).ConfigureAwait(false);
                return ProductCheck.Failed;
        }
    }

    private static async Task<ProductCheck> RecordAsync(AgentContext context, ProductExtractor extractor, ProductRef product, LoadedPage page, PageValidators? sent, CancellationToken cancellationToken)
    {
        if (extractor.Extract(page.Document, page.Url).Product is not { } data)
        {
            await ProductDelisting.DelistAsync(context, product.Id, cancellationToken).ConfigureAwait(false);
            return ProductCheck.Delisted;
        }

        var now = context.TimeProvider.GetUtcNow();
        var freshness = sent is null ? null : new OfferFreshness(sent.ETag, sent.LastModified, null);
        var (price, stock) = await OfferRecorder.RecordAsync(context, product.Id, data, page.Url, now, freshness, cancellationToken).ConfigureAwait(false);

        return price is not null || stock is not null ? ProductCheck.Changed : ProductCheck.Unchanged;
    }
}
