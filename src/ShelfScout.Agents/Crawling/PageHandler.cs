using ShelfScout.Agents.Crawling.Kinds;
using ShelfScout.Agents.Pages;
using ShelfScout.Agents.Products;
using ShelfScout.Agents.Reviews;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Extraction.Products;
using ShelfScout.Fetching;
using ShelfScout.Storage.Frontier;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// One frontier entry through the page pipeline:
/// <list type="number">
/// <item>fetch (<see cref="PageFetch"/>, the step every stage shares): a 304, a page gone, a failure or a page that is not
/// HTML ends here;</item>
/// <item>read (<see cref="PageReader"/>): the page's product, grid and own classification, a pure result;</item>
/// <item>decide (<see cref="SiteRoles"/>): the page's role from its own evidence and its template group's;</item>
/// <item>handle: the handler of that kind (<see cref="IPageKindHandler"/>) stores what the page is and says where it leads;</item>
/// <item>complete: one frontier write with the page's seeds, its exploration links and its template.</item>
/// </list>
/// A product record comes only from a page decided to be a product page.
/// </summary>
internal sealed class PageHandler
{
    /// <summary>Pages this many links from the start at most offer their links for exploration (a bound on spider traps).</summary>
    private const int MaxExploreDepth = 6;

    private readonly AgentContext _context;
    private readonly CrawlSession _session;
    private readonly Stage _stage;
    private readonly PageReader _reader;
    private readonly PageLinks _links;
    private readonly Dictionary<PageKind, IPageKindHandler> _handlers;

    public PageHandler(AgentContext context, CrawlSession session, ProductExtractor extractor, Stage stage)
    {
        (_context, _session, _stage) = (context, session, stage);
        _reader = new PageReader(extractor);
        _links = new PageLinks(context.StartUrl);
        var categories = new CategoryWriter(context, session, _links);
        IPageKindHandler[] handlers =
        [
            new ProductPageHandler(context, session, _links, stage),
            new ListingPageHandler(context, session, _links, categories, stage),
            new HubPageHandler(context, _links, categories),
            new OtherPageHandler(_links, categories),
        ];
        _handlers = handlers.ToDictionary(h => h.Kind);
    }

    public async Task HandleAsync(FrontierEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Reason == FrontierReason.Reviews)
        {
            await CompleteAsync(entry, await ReviewsAsync(entry, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return;
        }

        // A known product's page is asked for conditionally on a recheck: a 304 confirms it without a body.
        var known = _session.Recheck && entry.Reason is FrontierReason.ProductCard or FrontierReason.ProductSitemap ? _session.KnownProduct(entry.UrlKey) : null;
        var validators = known is not null && _session.TrustsEvidence && (known.ETag ?? known.LastModified) is not null ? new PageValidators(known.ETag, known.LastModified) : null;
        var fetched = await PageFetch.FetchAsync(_context.Fetcher, new Uri(entry.Url), validators, cancellationToken).ConfigureAwait(false);
        var completion = fetched.Answer switch
        {
            PageAnswer.Html => await fetched.ReadAsync(page => VisitAsync(entry, page, fetched.Result.Validators, known, cancellationToken), cancellationToken).ConfigureAwait(false),
            PageAnswer.NotModified when known is not null => await NotModifiedAsync(entry, known, fetched.Result, cancellationToken).ConfigureAwait(false),
            PageAnswer.Gone when known is not null => await DelistAsync(known, fetched.Why, cancellationToken).ConfigureAwait(false),
            PageAnswer.Gone => await DeadLinkAsync(entry, fetched.Why, cancellationToken).ConfigureAwait(false),
            // A link explored for coverage that robots.txt closes is one the site asks crawlers to leave alone (its
            // admin, discount or cart paths), not a page lost.
            PageAnswer.Disallowed when entry.Reason == FrontierReason.Explore => FrontierCompletion.Done(PageKind.Other, fetched.Why),
            PageAnswer.NotHtml => FrontierCompletion.Done(PageKind.Other, fetched.Why),
            _ => await FailedAsync(entry, fetched.Why, cancellationToken).ConfigureAwait(false),
        };
        await CompleteAsync(entry, completion, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A page of a product's reviews (<see cref="FrontierReason.Reviews"/>: its label is the product's id, its depth the
    /// page number). The product's own page gone is a delisting, as in every stage; a run that reads no reviews leaves
    /// the entry to one that does.
    /// </summary>
    private async Task<FrontierCompletion> ReviewsAsync(FrontierEntry entry, CancellationToken cancellationToken)
    {
        if (_session.Reviews is not { } reviews)
        {
            return FrontierCompletion.Deferred("reviews are not read in this run");
        }

        var productId = long.Parse(entry.Label!, System.Globalization.CultureInfo.InvariantCulture);
        var page = await reviews.ReadPageAsync(_context, productId, new Uri(entry.Url), entry.Depth, cancellationToken).ConfigureAwait(false);
        switch (page.Outcome)
        {
            case ReviewPageOutcome.Read:
                _context.Recorder.Report(_stage, entry.Url, reviews.Counters.Processed, null);
                return FrontierCompletion.Done(PageKind.Other, $"reviews page {entry.Depth} of product {productId}: {page.Added} new") with { Seeds = page.Next is null ? [] : [page.Next] };
            case ReviewPageOutcome.Delisted:
                return FrontierCompletion.Done(PageKind.Other, "delisted: " + page.Why);
            case ReviewPageOutcome.Ended:
                return FrontierCompletion.Done(PageKind.Other, "no more reviews: " + page.Why);
            default:
                reviews.CountFailed(entry.Depth);
                return await FailedAsync(entry, page.Why!, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Fails the entry (its attempt counted, the error recorded for the run).</summary>
    public async Task FailAsync(FrontierEntry entry, string reason, CancellationToken cancellationToken) =>
        await CompleteAsync(entry, await FailedAsync(entry, reason, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private async Task<FrontierCompletion> VisitAsync(FrontierEntry entry, LoadedPage page, PageValidators? validators, ProductRef? known, CancellationToken cancellationToken)
    {
        var reading = _reader.Read(page.Document, page.Url, Expectation(entry.Reason), readCards: _session.TrustsEvidence);
        var classification = OwnRole(entry, page, reading.Classification);
        // A page holding evidence for two roles takes its template group's role (see SiteRoles), or waits for it.
        var role = _session.Roles.Decide(page.Url, reading.Shape, entry.Reason, entry.Attempts, classification.Kind, classification.Signals, reading.Listing.ProductLinks, () => reading.StatedCount);
        if (role.Wait)
        {
            var later = entry.Reason is FrontierReason.ProductCard or FrontierReason.ProductSitemap ? CrawlSeeds.RedecidePriority : CrawlSeeds.LastNavigationPriority;
            return FrontierCompletion.Postponed("read again once its template group has a role: " + classification.Reason, later);
        }

        if (role.Kind is { } decided)
        {
            classification = classification with { Kind = decided, Reason = role.Why + ": " + classification.Reason };
        }

        if (known is not null && classification.Kind != PageKind.Product)
        {
            return await DelistAsync(known, "no longer a product page: " + classification.Reason, cancellationToken).ConfigureAwait(false);
        }

        _session.Pages.Start();
        var completion = await _handlers[classification.Kind].HandleAsync(new PageVisit(entry, page, reading, classification, validators), cancellationToken).ConfigureAwait(false);
        _session.Pages.Succeed();
        return WithExploration(entry, page, reading.Listing, completion) with { Template = SiteRoles.TemplateOf(page.Url, reading.Shape), Role = role.Basis, Evidence = role.Basis is null ? null : classification.Signals.Describe() };
    }

    /// <summary>What the link that led to the page suggests it is.</summary>
    private static PageExpectation Expectation(FrontierReason reason) => reason switch
    {
        FrontierReason.ProductCard or FrontierReason.ProductSitemap => PageExpectation.Product,
        FrontierReason.Menu or FrontierReason.Sitemap or FrontierReason.Subcategory or FrontierReason.Breadcrumb or FrontierReason.Pagination => PageExpectation.Category,
        _ => PageExpectation.None,
    };

    /// <summary>The page's own kind, with what its place in the site rules out before any site evidence.</summary>
    private PageClassification OwnRole(FrontierEntry entry, LoadedPage page, PageClassification classification)
    {
        // The home page is never a product or a category, whatever it shows: it is where the crawl fans out from.
        if ((entry.Reason == FrontierReason.Start || _links.IsHome(page.Url)) && classification.Kind != PageKind.Listing)
        {
            return classification with { Kind = PageKind.CategoryHub };
        }

        // A further page of a listing is never a product, whatever it shows (a last page holding one card, a product's
        // reviews paged by the same parameter): products are stored from their own pages.
        return entry.Reason == FrontierReason.Pagination && classification.Kind == PageKind.Product
            ? classification with { Kind = PageKind.Other, Reason = "a further page of " + (entry.ContextKey ?? "a listing") + " that reads as a product page: " + classification.Reason }
            : classification;
    }

    /// <summary>
    /// Every same-site link of the page that its handler did not follow is queued for exploration, read after the rest
    /// and classified when fetched: collections linked only from product pages, footers, content pages or other
    /// collections are found this way. Under the run's limits the links wait for a run without them.
    /// </summary>
    private FrontierCompletion WithExploration(FrontierEntry entry, LoadedPage page, ListingPage listing, FrontierCompletion completion)
    {
        if (completion.State != FrontierState.Done || entry.Depth >= MaxExploreDepth)
        {
            return completion;
        }

        var skip = completion.Seeds.Select(s => s.UrlKey).Concat(listing.ProductLinks.Select(CrawlSeeds.Key)).Append(entry.UrlKey).ToHashSet(StringComparer.Ordinal);
        var explore = LinkHarvester.Explore(page.Document, page.Url, _context.StartUrl, skip, _session.TryExplore, entry.Depth + 1)
            // Only listings and hubs page their listings: a product page's ?page=2 links page its reviews or questions.
            .Where(seed => seed.Reason != FrontierReason.Pagination || completion.PageKind is PageKind.Listing or PageKind.CategoryHub)
            .Select(seed => _session.Limits.Any ? seed with { Deferred = true } : seed)
            .ToList();
        return explore.Count == 0 ? completion : completion with { Seeds = [.. completion.Seeds, .. explore] };
    }

    private async Task<FrontierCompletion> NotModifiedAsync(FrontierEntry entry, ProductRef known, FetchResult result, CancellationToken cancellationToken)
    {
        await _context.Store.TouchProductAsync(known.Id, _context.TimeProvider.GetUtcNow(), result.Validators?.ETag, result.Validators?.LastModified, SitemapStamp.From(entry.Label), cancellationToken).ConfigureAwait(false);
        _session.CountUnchanged();
        return FrontierCompletion.Done(PageKind.Product, "not modified (304)", known.Id);
    }

    /// <summary>
    /// A 404 or 410 is the server's final answer, not a page lost to a fault: a link to a page the store removed (a stale
    /// card, an old sitemap entry) is a dead link, and a guessed page past a listing's end is the end of the guessing.
    /// Catalogue links that lead nowhere are reported as warnings; retrying them cannot help.
    /// </summary>
    private async Task<FrontierCompletion> DeadLinkAsync(FrontierEntry entry, string why, CancellationToken cancellationToken)
    {
        if (!(entry.Reason is FrontierReason.Link or FrontierReason.ContentSitemap or FrontierReason.Explore || PageLinks.IsGuess(entry)))
        {
            _session.CountDeadLink();
            await _context.Recorder.RecordErrorAsync(_stage, entry.Url, "warning: dead link: " + why, cancellationToken).ConfigureAwait(false);
        }

        return FrontierCompletion.Done(PageKind.Other, "dead link: " + why);
    }

    /// <summary>A known product whose own page is gone (404/410) or is no longer a product page: delisted, and alerted once.</summary>
    private async Task<FrontierCompletion> DelistAsync(ProductRef known, string why, CancellationToken cancellationToken)
    {
        if (await ProductDelisting.DelistAsync(_context, known.Id, cancellationToken).ConfigureAwait(false))
        {
            _session.CountDelisted();
        }

        return FrontierCompletion.Done(PageKind.Other, "delisted: " + why);
    }

    private async Task<FrontierCompletion> FailedAsync(FrontierEntry entry, string reason, CancellationToken cancellationToken)
    {
        await _context.Recorder.RecordErrorAsync(_stage, entry.Url, reason, cancellationToken).ConfigureAwait(false);
        return FrontierCompletion.Failed(reason);
    }

    private Task CompleteAsync(FrontierEntry entry, FrontierCompletion completion, CancellationToken cancellationToken) =>
        // Completed as the run that holds the lease: a page another run took over (this one's lease lapsed) is theirs.
        _context.Store.CompleteAsync(entry.Id, completion with { Owner = _session.Owner }, _context.TimeProvider.GetUtcNow(), cancellationToken);
}
