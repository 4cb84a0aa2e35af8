using ShelfScout.Agents.Crawling;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Fetching;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Categories;

/// <summary>
/// Reads robots.txt <c>Sitemap:</c> lines and <c>/sitemap.xml</c> (following sitemap indexes; a child that fails is
/// skipped) and seeds the frontier: URLs that look like categories as sitemap categories, product URLs (or every URL
/// of a product sitemap) as a coverage sweep the products stage runs last.
/// </summary>
public sealed class SitemapSeedSource
{
    /// <summary>Sitemap files read at most (an index may list up to 50,000; a big store has a few hundred).</summary>
    private const int MaxSitemapDocuments = 1_000;

    internal async Task<(int Categories, int Products)> SeedAsync(AgentContext context, CrawlSession session, CancellationToken cancellationToken)
    {
        var root = new Uri(context.StartUrl, "/");
        var queue = new Queue<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var robots = await context.Fetcher.FetchAsync(new Uri(root, "/robots.txt"), cancellationToken).ConfigureAwait(false);
        if (robots.IsSuccess)
        {
            foreach (var sitemap in RobotsTxt.Parse(System.Text.Encoding.UTF8.GetString(robots.Body.Span), root).Sitemaps)
            {
                queue.Enqueue(sitemap);
            }
        }

        if (queue.Count == 0)
        {
            queue.Enqueue(new Uri(root, "/sitemap.xml"));
        }

        var seeds = new List<FrontierSeed>();
        int categories = 0, products = 0, urlsRead = 0, documents = 0;
        while (queue.Count > 0 && documents < MaxSitemapDocuments && urlsRead < context.Limits.MaxSitemapUrls)
        {
            var sitemapUrl = queue.Dequeue();
            if (!seen.Add(sitemapUrl.AbsoluteUri) || !LinkHarvester.IsSameSite(sitemapUrl, context.StartUrl))
            {
                continue;
            }

            documents++;
            var result = await context.Fetcher.FetchAsync(sitemapUrl, cancellationToken).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                // A missing sitemap (or a child of an index answering 404) is normal: the pages are the main source. Any
                // other failure (over the size cap, a redirect loop, a server error after every retry) loses the URLs
                // it lists, so the run records why.
                if (!IsMissing(result))
                {
                    await context.Recorder.RecordErrorAsync(Stage.Categories, sitemapUrl.AbsoluteUri, $"warning: sitemap not read: {result.Describe()}", cancellationToken).ConfigureAwait(false);
                }

                continue;
            }

            var document = SitemapReader.Parse(SitemapText.Decode(result.Body), sitemapUrl);
            foreach (var child in document.Sitemaps)
            {
                queue.Enqueue(child);
            }

            var wholeFileIsCategories = SitemapFileNames.NamesCategories(sitemapUrl);
            var wholeFileIsProducts = SitemapFileNames.NamesProducts(sitemapUrl);
            var wholeFileIsOther = SitemapFileNames.NamesOtherPages(sitemapUrl);
            foreach (var url in document.Urls)
            {
                urlsRead++;
                if (!LinkHarvester.Follows(url, context.StartUrl))
                {
                    continue;
                }

                if (wholeFileIsOther)
                {
                    seeds.Add(CrawlSeeds.Seed(url, FrontierReason.ContentSitemap, null, null, 1));
                    continue;
                }

                var kind = SitemapUrlClassifier.Classify(url);
                if (wholeFileIsProducts || (!wholeFileIsCategories && kind == SitemapUrlKind.Product))
                {
                    seeds.Add(ProductSeed(session, url, document.LastModified.TryGetValue(url.AbsoluteUri, out var stated) ? stated : null));
                    products++;
                }
                else if (wholeFileIsCategories || kind == SitemapUrlKind.Category)
                {
                    seeds.Add(CrawlSeeds.Seed(url, FrontierReason.Sitemap, null, null, 1));
                    categories++;
                }
            }

            // Into the frontier file by file, so a store of millions of URLs never sits in memory at once.
            await context.Store.EnqueueAsync(session.Crawl.Id, seeds, context.TimeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            seeds.Clear();
            context.Recorder.Report(Stage.Categories, $"reading sitemaps: {documents} files, {urlsRead} URLs", documents, null);
        }

        return (categories, products);
    }

    private static bool IsMissing(FetchResult result) =>
        result.Outcome == FetchOutcome.DisallowedByRobots || (result.Outcome == FetchOutcome.HttpError && result.StatusCode is 404 or 410);

    /// <summary>
    /// A product URL of the sitemap. Its <c>lastmod</c> travels with the entry (kept with the product once its page is read);
    /// on a recheck, a known product whose <c>lastmod</c> is the one kept last time is unchanged by the store's own word.
    /// </summary>
    private static FrontierSeed ProductSeed(CrawlSession session, Uri url, DateTimeOffset? lastModified)
    {
        var stamp = lastModified is { } when ? SitemapStamp.Format(when) : null;
        var seed = CrawlSeeds.Seed(url, FrontierReason.ProductSitemap, null, stamp is null ? null : SitemapStamp.Prefix + stamp, 1, deferred: session.Limits.Any);
        if (stamp is null)
        {
            return seed;
        }

        session.SitemapHasDates = true;
        if (session.TrustsEvidence && session.KnownProduct(seed.UrlKey) is { SitemapLastModified: { } kept } known && string.Equals(kept, stamp, StringComparison.Ordinal))
        {
            return seed with { SeenProductId = known.Id, Deferred = false };
        }

        return seed;
    }
}
