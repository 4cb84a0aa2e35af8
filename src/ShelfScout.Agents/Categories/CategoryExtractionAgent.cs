using ShelfScout.Agents.Crawling;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Products;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Categories;

/// <summary>
/// Discovers the category tree of a store nobody configured. It seeds the crawl's frontier (the home page, sitemap
/// categories and products) and walks every navigation page: each page is classified, listings and category hubs
/// become categories, their subcategory links, pagination and product cards are queued. The tree is then resolved
/// from breadcrumbs, the pages categories were found on, the menu and URL nesting.
/// </summary>
public sealed class CategoryExtractionAgent(SitemapSeedSource sitemaps, ProductExtractor extractor) : IAgent
{
    public Stage Stage => Stage.Categories;

    public string Name => "CategoryExtractionAgent";

    public async Task<StageResult> RunAsync(AgentContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = context.Crawl ?? throw new InvalidOperationException("The categories stage needs a crawl session.");
        var started = context.TimeProvider.GetTimestamp();
        var before = (await context.Store.GetCategoriesAsync(context.Retailer.Id, cancellationToken).ConfigureAwait(false)).Count;
        var counts = await context.Store.CountFrontierAsync(session.Crawl.Id, cancellationToken).ConfigureAwait(false);
        var note = "resumed";
        // The start page is queued only once the sitemaps are read: a crawl without it (new, or killed while reading
        // them) reads the sitemaps (again: queuing is idempotent), so a crash there never leaves a crawl without them.
        var start = CrawlSeeds.Seed(context.StartUrl, FrontierReason.Start, null, null, 0);
        if (!(await context.Store.ExplainAsync(context.Retailer.Id, start.UrlKey, cancellationToken).ConfigureAwait(false)).Any(e => e.CrawlId == session.Crawl.Id && e.Reason == FrontierReason.Start))
        {
            context.Recorder.Report(Stage, "reading sitemaps", 0, null);
            var (fromSitemaps, productsFromSitemaps) = await sitemaps.SeedAsync(context, session, cancellationToken).ConfigureAwait(false);
            await context.Store.EnqueueAsync(session.Crawl.Id, [start], context.TimeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            note = (counts.Total == 0 ? string.Empty : "resumed, ") + $"sitemaps: {fromSitemaps} categories, {productsFromSitemaps} products";
        }

        await new CatalogCrawler(context, session, extractor, Stage).RunAsync(includeProducts: false, cancellationToken).ConfigureAwait(false);
        await CategoryTreeResolver.ResolveAsync(context, cancellationToken).ConfigureAwait(false);

        var categories = await context.Store.GetCategoriesAsync(context.Retailer.Id, cancellationToken).ConfigureAwait(false);
        var errors = context.Recorder.ErrorCount(Stage);
        var stored = categories.Count;
        // Pages that failed here are retried by the products stage's final pass; what stays lost is counted there.
        // Listings reached only through cards (a home page of collection tiles) are crawled by the products stage, and
        // their categories are stored there: with that work queued, no category yet is not a failure.
        var left = stored == 0 ? (await context.Store.CountFrontierAsync(session.Crawl.Id, cancellationToken).ConfigureAwait(false)).Queued : 0;
        var status = stored == 0 && left == 0 ? StageStatus.Failed : StageStatus.Succeeded;
        var summary = stored == 0
            ? left == 0 ? "no category pages found" : $"no categories in the navigation; {left} linked pages left to the products stage"
            : $"{categories.Count(c => c.IsLeaf)} leaves, {session.Pages.Succeeded} pages read ({note})" + (errors > 0 ? $", {errors} failed attempts" : string.Empty);
        return new StageResult(Stage, status, stored, stored, errors, Math.Max(0, stored - before), context.TimeProvider.GetElapsedTime(started), summary);
    }
}
