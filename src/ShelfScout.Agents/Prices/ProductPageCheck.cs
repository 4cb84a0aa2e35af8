using ShelfScout.Agents.Products;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Html;
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

    /// <summary>Not read (a network failure, an error status): nothing is concluded.</summary>
    Failed,
}

/// <summary>
/// Re-reads a known product's own page: conditionally when its validators are known, recording its offer (whose
/// changes the store alerts), or confirming it delisted when the page is gone or is no longer a product page.
/// </summary>
internal static class ProductPageCheck
{
    public static async Task<ProductCheck> RunAsync(AgentContext context, Stage stage, ProductExtractor extractor, ProductRef product, CancellationToken cancellationToken)
    {
        var url = new Uri(product.Url);
        var validators = (product.ETag ?? product.LastModified) is null ? null : new PageValidators(product.ETag, product.LastModified);
        var fetched = await context.Fetcher.FetchAsync(url, validators, cancellationToken).ConfigureAwait(false);
        var now = context.TimeProvider.GetUtcNow();
        if (fetched.IsNotModified)
        {
            await context.Store.TouchProductAsync(product.Id, now, fetched.Validators?.ETag, fetched.Validators?.LastModified, null, cancellationToken).ConfigureAwait(false);
            return ProductCheck.NotModified;
        }

        if (fetched.StatusCode is 404 or 410)
        {
            await context.Store.DelistProductAsync(product.Id, now, context.RunId, cancellationToken).ConfigureAwait(false);
            return ProductCheck.Delisted;
        }

        if (!fetched.IsSuccess)
        {
            await context.Recorder.RecordErrorAsync(stage, product.Url, fetched.Describe(), cancellationToken).ConfigureAwait(false);
            return ProductCheck.Failed;
        }

        var document = await HtmlDocumentLoader.ParseAsync(fetched.Body, fetched.ContentType, fetched.FinalUrl, cancellationToken).ConfigureAwait(false);
        if (extractor.Extract(document, fetched.FinalUrl).Product is not { } data)
        {
            await context.Store.DelistProductAsync(product.Id, now, context.RunId, cancellationToken).ConfigureAwait(false);
            return ProductCheck.Delisted;
        }

        var (price, stock) = await OfferRecorder.RecordAsync(context, product.Id, data, fetched.FinalUrl, now, cancellationToken).ConfigureAwait(false);
        if (fetched.Validators is { } sent)
        {
            await context.Store.TouchProductAsync(product.Id, now, sent.ETag, sent.LastModified, null, cancellationToken).ConfigureAwait(false);
        }

        return price is not null || stock is not null ? ProductCheck.Changed : ProductCheck.Unchanged;
    }
}
