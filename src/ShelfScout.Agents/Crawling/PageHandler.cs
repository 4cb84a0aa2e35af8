using System.Globalization;
using AngleSharp.Dom;
using ShelfScout.Agents.Pages;
using ShelfScout.Agents.Products;
using ShelfScout.Domain.Catalog;
using ShelfScout.Domain.Runs;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Extraction.Html;
using ShelfScout.Extraction.Products;
using ShelfScout.Fetching;
using ShelfScout.Storage.Frontier;
using ShelfScout.Storage.Records;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// Handles one frontier entry: fetches the page, classifies it, stores what it is (a product, a category), queues the
/// links it leads to, and completes the entry. A product record comes only from a page classified as a product page.
/// </summary>
internal sealed class PageHandler(AgentContext context, CrawlSession session, ProductExtractor extractor, Stage stage)
{
    private readonly PageClassifier _classifier = new();
    private readonly ListingPageAnalyzer _listings = new();
    private readonly NavigationTreeExtractor _navigation = new();
    private readonly BreadcrumbExtractor _breadcrumbs = new();

    // A page's breadcrumbs serve its category name, its parent and the links upward: read once per page, by any worker.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<AngleSharp.Dom.IDocument, IReadOnlyList<BreadcrumbItem>> _crumbs = [];

    /// <summary>Marks the label of a listing page the crawl guessed by the page parameter (no link to it on the page).</summary>
    private const string GuessPrefix = "guess:";

    private static readonly ListingPage NoListing = new([], null, []);

    /// <summary>Pages this many links from the start at most offer their links for exploration (a bound on spider traps).</summary>
    private const int MaxExploreDepth = 6;

    public async Task HandleAsync(FrontierEntry entry, CancellationToken cancellationToken)
    {
        var url = new Uri(entry.Url);
        // A known product's page is asked for conditionally on a recheck: a 304 confirms it without a body.
        var known = session.Recheck && entry.Reason is FrontierReason.ProductCard or FrontierReason.ProductSitemap ? session.KnownProduct(entry.UrlKey) : null;
        var validators = known is not null && session.TrustsEvidence && (known.ETag ?? known.LastModified) is not null ? new PageValidators(known.ETag, known.LastModified) : null;
        var fetched = await context.Fetcher.FetchAsync(url, validators, cancellationToken).ConfigureAwait(false);
        if (fetched.IsNotModified && known is not null)
        {
            await context.Store.TouchProductAsync(known.Id, context.TimeProvider.GetUtcNow(), fetched.Validators?.ETag, fetched.Validators?.LastModified, SitemapStamp.From(entry.Label), cancellationToken).ConfigureAwait(false);
            session.CountUnchanged();
            await CompleteAsync(entry, FrontierCompletion.Done(nameof(PageKind.Product), "not modified (304)", known.Id), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (known is not null && fetched.StatusCode is 404 or 410)
        {
            await DelistAsync(entry, known, fetched.Describe(), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!fetched.IsSuccess)
        {
            // A 404 or 410 is the server's final answer, not a page lost to a fault: a link to a page the store removed
            // (a stale card, an old sitemap entry) is a dead link, and a guessed page past a listing's end is the end of
            // the guessing. Catalogue links that lead nowhere are reported as warnings; retrying them cannot help.
            if (fetched.StatusCode is 404 or 410)
            {
                if (!(entry.Reason is FrontierReason.Link or FrontierReason.ContentSitemap or FrontierReason.Explore || IsGuess(entry)))
                {
                    session.CountDeadLink();
                    await context.Recorder.RecordErrorAsync(stage, entry.Url, "warning: dead link: " + fetched.Describe(), cancellationToken).ConfigureAwait(false);
                }

                await CompleteAsync(entry, FrontierCompletion.Done(nameof(PageKind.Other), "dead link: " + fetched.Describe()), cancellationToken).ConfigureAwait(false);
                return;
            }

            // A link explored for coverage that robots.txt closes is one the site asks crawlers to leave alone (its
            // admin, discount or cart paths), not a page lost.
            if (entry.Reason == FrontierReason.Explore && fetched.Outcome == FetchOutcome.DisallowedByRobots)
            {
                await CompleteAsync(entry, FrontierCompletion.Done(nameof(PageKind.Other), fetched.Describe()), cancellationToken).ConfigureAwait(false);
                return;
            }

            await FailAsync(entry, fetched.Describe(), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (fetched.ContentType is { } type && !type.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            await CompleteAsync(entry, FrontierCompletion.Done(nameof(PageKind.Other), $"not an HTML page ({type})"), cancellationToken).ConfigureAwait(false);
            return;
        }

        // Fetches overlap freely, but parsing and reading a page is CPU work: a few at a time (one per core) keep as
        // many documents in memory, where every fetch worker parsing at once would hold one each for no gain.
        await session.PageWork.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ProcessAsync(entry, url, fetched, known, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            session.PageWork.Release();
        }
    }

    private async Task ProcessAsync(FrontierEntry entry, Uri url, FetchResult fetched, ProductRef? known, CancellationToken cancellationToken)
    {
        var document = await HtmlDocumentLoader.ParseAsync(fetched.Body, fetched.ContentType, fetched.FinalUrl, cancellationToken).ConfigureAwait(false);
        var page = new LoadedPage(url, fetched.FinalUrl, document);
        var extraction = extractor.Extract(document, page.Url);
        var expectation = entry.Reason switch
        {
            FrontierReason.ProductCard or FrontierReason.ProductSitemap => PageExpectation.Product,
            FrontierReason.Menu or FrontierReason.Sitemap or FrontierReason.Subcategory or FrontierReason.Breadcrumb or FrontierReason.Pagination => PageExpectation.Category,
            _ => PageExpectation.None,
        };
        var obvious = expectation == PageExpectation.Product ? PageClassifier.ObviousProduct(document, extraction) : null;
        var listing = obvious is not null ? NoListing : _listings.Analyze(document, page.Url, knownCategory: expectation == PageExpectation.Category, readCards: session.TrustsEvidence);
        var classification = obvious ?? _classifier.Classify(document, page.Url, extraction, listing, expectation);
        // The home page is never a product or a category, whatever it shows: it is where the crawl fans out from.
        var kind = (entry.Reason == FrontierReason.Start || IsHome(page.Url)) && classification.Kind != PageKind.Listing ? PageKind.CategoryHub : classification.Kind;

        // A further page of a listing is never a product, whatever it shows (a last page holding one card, a product's
        // reviews paged by the same parameter): products are stored from their own pages.
        if (entry.Reason == FrontierReason.Pagination && kind == PageKind.Product)
        {
            kind = PageKind.Other;
            classification = classification with { Reason = "a further page of " + (entry.ContextKey ?? "a listing") + " that reads as a product page: " + classification.Reason };
        }
        // A page holding evidence for two roles takes its template group's role (see SiteRoles), or waits for it.
        var role = session.Roles.Decide(page.Url, entry.Reason, entry.Attempts, kind, classification.Signals, listing.ProductLinks, () => MorePagesHint.StatedCount(document));
        if (role.Wait)
        {
            var later = entry.Reason is FrontierReason.ProductCard or FrontierReason.ProductSitemap ? CrawlSeeds.RedecidePriority : CrawlSeeds.LastNavigationPriority;
            await CompleteAsync(entry, FrontierCompletion.Postponed("read again once its template group has a role: " + classification.Reason, later), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (role.Kind is { } decided)
        {
            kind = decided;
            classification = classification with { Kind = decided, Reason = role.Why + ": " + classification.Reason };
        }

        if (known is not null && kind != PageKind.Product)
        {
            await DelistAsync(entry, known, "no longer a product page: " + classification.Reason, cancellationToken).ConfigureAwait(false);
            return;
        }

        session.Pages.Start();
        var completion = kind switch
        {
            PageKind.Product => await ProductAsync(entry, page, extraction, listing, classification, fetched.Validators, cancellationToken).ConfigureAwait(false),
            PageKind.Listing => await ListingAsync(entry, page, listing, classification, cancellationToken).ConfigureAwait(false),
            PageKind.CategoryHub => await HubAsync(entry, page, classification, cancellationToken).ConfigureAwait(false),
            _ => await OtherAsync(entry, page, classification, cancellationToken).ConfigureAwait(false),
        };
        session.Pages.Succeed();
        await CompleteAsync(entry, WithExploration(entry, page, listing, completion) with { Template = UrlTemplate.Of(page.Url) }, cancellationToken).ConfigureAwait(false);
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
        var explore = LinkHarvester.Explore(page.Document, page.Url, context.StartUrl, skip, session.TryExplore, entry.Depth + 1)
            // Only listings and hubs page their listings: a product page's ?page=2 links page its reviews or questions.
            .Where(seed => seed.Reason != FrontierReason.Pagination || completion.PageKind is nameof(PageKind.Listing) or nameof(PageKind.CategoryHub))
            .Select(seed => session.Limits.Any ? seed with { Deferred = true } : seed)
            .ToList();
        return explore.Count == 0 ? completion : completion with { Seeds = [.. completion.Seeds, .. explore] };
    }

    /// <summary>A known product whose own page is gone (404/410) or is no longer a product page: delisted, and alerted once.</summary>
    private async Task DelistAsync(FrontierEntry entry, ProductRef known, string why, CancellationToken cancellationToken)
    {
        if (await context.Store.DelistProductAsync(known.Id, context.TimeProvider.GetUtcNow(), context.RunId, cancellationToken).ConfigureAwait(false) is not null)
        {
            session.CountDelisted();
        }

        await CompleteAsync(entry, FrontierCompletion.Done(nameof(PageKind.Other), "delisted: " + why), cancellationToken).ConfigureAwait(false);
    }

    public async Task FailAsync(FrontierEntry entry, string reason, CancellationToken cancellationToken)
    {
        await context.Recorder.RecordErrorAsync(stage, entry.Url, reason, cancellationToken).ConfigureAwait(false);
        await CompleteAsync(entry, FrontierCompletion.Failed(reason), cancellationToken).ConfigureAwait(false);
    }

    private async Task<FrontierCompletion> ProductAsync(FrontierEntry entry, LoadedPage page, ProductExtraction extraction, ListingPage related, PageClassification classification, PageValidators? validators, CancellationToken cancellationToken)
    {
        var product = extraction.Product ?? UnpricedProduct(page);
        var declared = ProductUrls.Choose(page.Url, DeclaredIdentities(page.Document, product));

        // A page reached only by exploring that shows a product already stored is another view of it (its reviews, a
        // print or variant view): the product's own page, reached through a card or a sitemap, is what it is stored from.
        // A page of the template the site's product pages have is a product of its own (products may share a name:
        // "Replacement Stones" in three sizes); a second URL of the same product is merged by SameProductAsync.
        if (entry.Reason == FrontierReason.Explore && !string.IsNullOrWhiteSpace(product.Name) && !session.Roles.IsProductTemplate(page.Url)
            && (await context.Store.FindProductsByNameAsync(context.Retailer.Id, product.Name, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return FrontierCompletion.Done(nameof(PageKind.Other), "another view of a stored product: " + classification.Reason);
        }

        session.Products.Start();
        var now = context.TimeProvider.GetUtcNow();
        long id;
        await session.Identity.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The same product under another path (no canonical link to say so): same name and same SKU, or same slug.
            var productUrl = await SameProductAsync(declared, product, cancellationToken).ConfigureAwait(false) ?? declared;
            id = await context.Store.UpsertProductAsync(context.Retailer.Id, productUrl, product, now, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            session.Identity.Release();
        }

        await OfferRecorder.RecordAsync(context, id, product, page.Url, now, cancellationToken).ConfigureAwait(false);
        var stamp = SitemapStamp.From(entry.Label);
        if (validators is not null || stamp is not null)
        {
            await context.Store.TouchProductAsync(id, now, validators?.ETag, validators?.LastModified, stamp, cancellationToken).ConfigureAwait(false);
        }

        // On a recheck, a product the catalogue did not list (new, or back after being delisted) is news.
        if (session.Recheck && !session.IsKnown(id))
        {
            var alert = new PriceAlert(PriceAlertKind.NewProduct, id, declared, product.Name, null, product.Price, product.Currency, null, product.Availability) { Sku = product.Sku };
            if (await context.Store.RaiseAlertAsync(alert, $"new:{id}:{session.Crawl.Id}", context.RunId, now, cancellationToken).ConfigureAwait(false) is not null)
            {
                session.CountNew();
            }
        }

        session.Products.Succeed();

        // Placed by its breadcrumbs too: the listing that shows it may be one the crawl never reaches.
        var seeds = new List<FrontierSeed>();
        var links = new List<(string, string)>();
        if (entry.ContextKey is { } listedIn)
        {
            links.Add((entry.UrlKey, listedIn));
        }

        if (ParentCrumb(page) is { } crumb)
        {
            seeds.Add(CrawlSeeds.Seed(crumb.Url!, FrontierReason.Breadcrumb, null, crumb.Name, entry.Depth + 1));
            links.Add((entry.UrlKey, CrawlSeeds.Key(crumb.Url!)));

            // The product's other categories ("Categories: Tea, Gifts"): links of its main content in the family of
            // its breadcrumb category's URL (/product-category/tea/ beside /product-category/gifts/).
            seeds.AddRange(CategoryFamilyLinks(page, crumb.Url!).Select(u => CrawlSeeds.Seed(u, FrontierReason.Breadcrumb, null, null, entry.Depth + 1)));
        }

        // The categories the page names under a category label ("Categories: Featured, Shirts"): categories by what led
        // to them, like breadcrumbs, and the product is in each (one no menu links is reached this way).
        foreach (var (url, name) in ProductCategoryLinks.Read(page.Document, page.Url))
        {
            // A search or filter link (a query string) under the label is not a category page.
            if (url.Query.Length <= 1 && !SamePage(url, page.Url) && !IsHome(url) && LinkHarvester.Follows(url, context.StartUrl))
            {
                seeds.Add(CrawlSeeds.Seed(url, FrontierReason.Breadcrumb, null, name, entry.Depth + 1));
                links.Add((entry.UrlKey, CrawlSeeds.Key(url)));
            }
        }

        // Related, grouped and bundled products: a product no listing shows may still be linked from its siblings, whose
        // URLs share its own path's parent (/shop/a and /shop/b; /products/a and /products/b).
        var siblings = related.ProductLinks.Concat(SiblingLinks(page)).Where(u => !SamePage(u, page.Url)).DistinctBy(CrawlSeeds.Key);
        seeds.AddRange(siblings.Select(u => CrawlSeeds.Seed(u, FrontierReason.ProductCard, null, null, entry.Depth + 1, deferred: session.Limits.Any)));
        context.Recorder.Report(stage, product.Name ?? declared, session.Products.Succeeded, null);
        return FrontierCompletion.Done(nameof(PageKind.Product), classification.Reason, id) with { Seeds = seeds, Links = links };
    }

    private async Task<FrontierCompletion> ListingAsync(FrontierEntry entry, LoadedPage page, ListingPage listing, PageClassification classification, CancellationToken cancellationToken)
    {
        // Further pages of a listing belong to the category of its first page.
        var paginated = entry.Reason == FrontierReason.Pagination && entry.ContextKey is not null;
        var categoryKey = paginated ? entry.ContextKey! : entry.UrlKey;
        long? categoryId = null;
        // A listing is a category when navigation led to it (menu, subcategory and breadcrumb links, category
        // sitemaps, plain links of the home page and hubs) or a card of a category showed it; product sitemaps, the
        // sitemap's content pages (a landing page featuring a few products) and related-product links only lead to
        // listings crawled for coverage.
        // A listing found by exploring (a product page's "more in this collection", a footer link) is a category when
        // the site's categories share its URL template; tag, brand and filter listings are crawled for their cards only.
        var ledAsCategory = entry.Reason switch
        {
            FrontierReason.ProductSitemap or FrontierReason.ContentSitemap => false,
            FrontierReason.ProductCard => entry.ContextKey is not null || entry.Depth <= 1,
            FrontierReason.Explore => await session.IsCategoryTemplateAsync(context.Store, context.Retailer.Id, page.Url, cancellationToken).ConfigureAwait(false),
            _ => true,
        };
        var isCategory = !paginated && !IsHome(page.Url) && ledAsCategory;
        if (isCategory)
        {
            if (!session.Limits.TryTakeCategory())
            {
                session.Limits.CountDeferred(1);
                return FrontierCompletion.Deferred("over the run's category limit");
            }

            var stored = await StoreCategoryAsync(entry, page, isLeaf: true, cancellationToken).ConfigureAwait(false);
            categoryId = stored.Id;
            categoryKey = stored.Url;
        }

        if (!session.Limits.TakeListingPage(categoryKey))
        {
            await context.Recorder.RecordErrorAsync(stage, entry.Url, $"warning: listing page limit ({context.Limits.MaxListingPagesPerCategory}) reached, pagination not followed further", cancellationToken).ConfigureAwait(false);
            return FrontierCompletion.Done(nameof(PageKind.Listing), classification.Reason + "; page limit reached", categoryId);
        }

        // Cards the grid reader passed over (a sold-out card built differently, a featured row) still link into the
        // family of the grid's products: links of the main content sharing their path's parent are products too.
        listing = listing with { ProductLinks = [.. listing.ProductLinks, .. FamilyLinks(page, listing.ProductLinks)] };
        var fingerprint = Fingerprint(listing.ProductLinks);
        var seeds = new List<FrontierSeed>();
        var links = new List<(string, string)>();
        var contextKey = IsHome(page.Url) || (!paginated && !isCategory) ? null : categoryKey;
        // Under limits, products count against the category that lists them; cards of no category wait for a run without limits.
        var granted = contextKey is null ? (session.Limits.Any ? 0 : listing.ProductLinks.Count) : session.Limits.TakeProducts(contextKey, listing.ProductLinks.Count);
        var cards = listing.Cards.Count == 0 ? null : listing.Cards.DistinctBy(c => CrawlSeeds.Key(c.Url)).ToDictionary(c => CrawlSeeds.Key(c.Url), StringComparer.Ordinal);
        for (var i = 0; i < listing.ProductLinks.Count; i++)
        {
            var product = listing.ProductLinks[i];
            var deferred = i >= granted;
            var seed = CrawlSeeds.Seed(product, FrontierReason.ProductCard, contextKey, null, entry.Depth + 1, deferred);
            if (!deferred && cards is not null && session.KnownProduct(seed.UrlKey) is { } known && cards.TryGetValue(seed.UrlKey, out var card) && CardConfirms(card, known))
            {
                seed = seed with { SeenProductId = known.Id };
            }

            seeds.Add(seed);
            if (contextKey is not null && !deferred)
            {
                links.Add((CrawlSeeds.Key(product), contextKey));
            }
        }

        session.Limits.CountDeferred(listing.ProductLinks.Count - granted);

        // A page that repeats the page it was reached from (a server ignoring ?page=N, a looping "next") ends the chain.
        var repeats = paginated && (listing.ProductLinks.Count == 0 || string.Equals(Unguessed(entry.Label), fingerprint, StringComparison.Ordinal));
        if (!repeats)
        {
            var more = session.Limits.HasProductRoom(categoryKey);
            var following = Following(listing, page.Url).ToList();
            var guessed = following.Count == 0 && listing.ProductLinks.Count > 0
                && (IsGuess(entry) || MorePagesHint.Suggests(page.Document, listing.ProductLinks.Count));
            if (guessed)
            {
                following.Add(NextByParameter(page.Url));
            }

            var label = guessed ? GuessPrefix + fingerprint : fingerprint;
            seeds.AddRange(following.Select(next => CrawlSeeds.Seed(next, FrontierReason.Pagination, categoryKey, label, entry.Depth + 1, deferred: !more)));
        }

        if (!paginated)
        {
            seeds.AddRange(UpwardLinks(page, entry.Depth + 1));
            var category = IsHome(page.Url) ? null : page.Url;
            // Its own pager is not a subcategory, though its links sit below the listing's path (/c/tea/page/2).
            var skip = listing.ProductLinks.Concat(listing.PageLinks).Concat(listing.NextPage is { } nextPage ? [nextPage] : []).Select(CrawlSeeds.Key).ToHashSet(StringComparer.Ordinal);
            seeds.AddRange(LinkHarvester.Links(page.Document, page.Url, context.StartUrl, category, category is null ? null : categoryKey, skip, allLinks: IsHome(page.Url), includeChrome: IsHome(page.Url), entry.Depth + 1));
            if (entry.Depth == 0)
            {
                // A link the page's own grid holds is a product card, not a menu entry, wherever the menu reader found it.
                var cardKeys = listing.ProductLinks.Select(CrawlSeeds.Key).ToHashSet(StringComparer.Ordinal);
                seeds.AddRange(LinkHarvester.Menu(_navigation.Extract(page.Document, page.Url), context.StartUrl, 1).Where(m => !cardKeys.Contains(m.UrlKey)));
            }
        }

        context.Recorder.Report(stage, entry.Url, session.Pages.Succeeded, null);
        return FrontierCompletion.Done(nameof(PageKind.Listing), classification.Reason, categoryId) with
        {
            Seeds = seeds,
            Links = links,
            Expected = isCategory ? Expected(page, listing) : null,
        };
    }

    /// <summary>
    /// What a category's first page says about its size, independent of the cards the crawl will read: the count it
    /// states ("Showing 1–20 of 458 results"), or its pager's last page times this page's cards, whichever is larger.
    /// </summary>
    private static ListingExpectation? Expected(LoadedPage page, ListingPage listing)
    {
        var stated = MorePagesHint.StatedCount(page.Document);
        var lastPage = MorePagesHint.LastPageNumber(page.Document, page.Url, listing.PageLinks);
        int? pages = lastPage >= 2 ? lastPage : null;
        var paged = pages is { } last && listing.ProductLinks.Count > 0 ? ((last - 1) * listing.ProductLinks.Count) + 1 : 0;
        return stated >= Math.Max(1, paged) ? new ListingExpectation(stated, ExpectationBasis.Stated, pages)
            : paged > 0 ? new ListingExpectation(paged, ExpectationBasis.Pager, pages)
            : null;
    }

    /// <summary>
    /// A card confirms a known product when it shows the stored price and, when it states stock, the same buyable state.
    /// A card that states no stock confirms it only when the store's sitemap dates its pages (a changed date queues the page anyway).
    /// </summary>
    private bool CardConfirms(ListingCard card, ProductRef known) =>
        card.Price is { } price && known.Price == price
        && (card.Availability != Availability.Unknown
            ? OfferAlerts.IsBuyable(card.Availability) == OfferAlerts.IsBuyable(known.Availability) && known.Availability != Availability.Unknown
            : session.SitemapHasDates && known.SitemapLastModified is not null);

    private async Task<FrontierCompletion> HubAsync(FrontierEntry entry, LoadedPage page, PageClassification classification, CancellationToken cancellationToken)
    {
        var home = entry.Reason == FrontierReason.Start || IsHome(page.Url);
        long? categoryId = null;
        var categoryKey = entry.UrlKey;
        if (!home && entry.Reason is FrontierReason.Menu or FrontierReason.Subcategory or FrontierReason.Breadcrumb or FrontierReason.Sitemap)
        {
            var stored = await StoreCategoryAsync(entry, page, isLeaf: false, cancellationToken).ConfigureAwait(false);
            categoryId = stored.Id;
            categoryKey = stored.Url;
        }

        var seeds = new List<FrontierSeed>();
        var allLinks = home || entry.Depth < LinkHarvester.MaxLinkDepth;
        var category = home ? null : page.Url;
        seeds.AddRange(LinkHarvester.Links(page.Document, page.Url, context.StartUrl, category, category is null ? null : categoryKey, new HashSet<string>(StringComparer.Ordinal), allLinks, includeChrome: home, entry.Depth + 1));
        if (home)
        {
            seeds.AddRange(LinkHarvester.Menu(_navigation.Extract(page.Document, page.Url), context.StartUrl, entry.Depth + 1));
        }

        return FrontierCompletion.Done(nameof(PageKind.CategoryHub), classification.Reason, categoryId) with { Seeds = seeds };
    }

    /// <summary>
    /// A page that is neither product, listing nor hub. Reached as a category (a category menu or sitemap link, a breadcrumb, a
    /// link below a category) and headed like one, it is a category without products today; otherwise it is content.
    /// </summary>
    private async Task<FrontierCompletion> OtherAsync(FrontierEntry entry, LoadedPage page, PageClassification classification, CancellationToken cancellationToken)
    {
        // A category sitemap URL or a breadcrumb is a category by what led to it; a menu, subcategory or tile link only
        // when the page says it has no products (a blog post under /blog is content, not an empty category).
        var ledAsCategory = entry.Reason is FrontierReason.Sitemap or FrontierReason.Breadcrumb;
        var mayBeCategory = ledAsCategory || entry.Reason is FrontierReason.Menu or FrontierReason.Subcategory || (entry.Reason == FrontierReason.ProductCard && entry.ContextKey is not null);
        var emptyCategory = mayBeCategory
            && !classification.Reason.StartsWith("error page", StringComparison.Ordinal)
            && PageClassifier.MainHeading(page.Document) is not null
            && !IsHome(page.Url)
            && (ledAsCategory || DiscoveryWords.SaysNoProducts(page.Document));
        if (!emptyCategory)
        {
            return FrontierCompletion.Done(nameof(PageKind.Other), classification.Reason);
        }

        var category = await StoreCategoryAsync(entry, page, isLeaf: true, cancellationToken).ConfigureAwait(false);
        return FrontierCompletion.Done(nameof(PageKind.Listing), "reached as a category, no products listed: " + classification.Reason, category.Id);
    }

    private async Task<CategoryRecord> StoreCategoryAsync(FrontierEntry entry, LoadedPage page, bool isLeaf, CancellationToken cancellationToken)
    {
        var crumbs = Crumbs(page);
        var name = CategoryName(page.Document, CrumbName(crumbs, page.Url), entry.Label) ?? TitleName(page.Document, page.Url);
        session.AddCategoryTemplate(page.Url);
        var hint = ParentFromCrumbs(crumbs, page.Url, name) ?? (entry.Reason is FrontierReason.Subcategory or FrontierReason.Menu or FrontierReason.ProductCard ? entry.ContextKey : null);
        return await context.Store.UpsertCategoryAsync(
            context.Retailer.Id,
            new CategoryUpsert(name, entry.UrlKey, ParentId: null, Depth: 0, Path: name, isLeaf, hint, CanonicalKey(page)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The key of a listing's canonical link when it names the same listing under another form of its URL (a sort,
    /// tracking or page=1 parameter, a trailing slash, an .html suffix): that listing is then the category already
    /// stored for it. A canonical link to another path (the same term under two parents, which stores present as two
    /// categories) does not merge. Links and parent hints naming the other form are mapped through the frontier
    /// (<see cref="ICrawlFrontier.GetCategoryAliasesAsync"/>).
    /// </summary>
    private string? CanonicalKey(LoadedPage page)
    {
        var href = page.Document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        return !string.IsNullOrWhiteSpace(href) && Uri.TryCreate(page.Url, href.Trim(), out var canonical) && LinkHarvester.Follows(canonical, context.StartUrl)
            && !IsHome(canonical) && string.Equals(BarePath(canonical), BarePath(page.Url), StringComparison.Ordinal)
            ? CrawlSeeds.Key(canonical)
            : null;
    }

    private static string BarePath(Uri url)
    {
        var path = url.AbsolutePath.TrimEnd('/');
        foreach (var suffix in (string[])[".html", ".htm"])
        {
            if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return path[..^suffix.Length];
            }
        }

        return path;
    }

    private IEnumerable<Uri> Following(ListingPage listing, Uri pageUrl)
    {
        if (listing.NextPage is { } next && LinkHarvester.IsSameSite(next, context.StartUrl))
        {
            yield return next;
        }

        foreach (var other in listing.PageLinks.Where(p => LinkHarvester.IsSameSite(p, context.StartUrl) && !SamePage(p, pageUrl)))
        {
            yield return other;
        }
    }

    private static bool IsGuess(FrontierEntry entry) =>
        entry.Reason == FrontierReason.Pagination && entry.Label?.StartsWith(GuessPrefix, StringComparison.Ordinal) == true;

    private static string? Unguessed(string? label) =>
        label is not null && label.StartsWith(GuessPrefix, StringComparison.Ordinal) ? label[GuessPrefix.Length..] : label;

    /// <summary>The next page by the commonest page parameter (<c>?page=N</c>), from the current one.</summary>
    private static Uri NextByParameter(Uri url)
    {
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        var current = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        query["page"] = (current + 1).ToString(CultureInfo.InvariantCulture);
        return new UriBuilder(url) { Query = query.ToString() }.Uri;
    }

    private IReadOnlyList<BreadcrumbItem> Crumbs(LoadedPage page) =>
        _crumbs.GetValue(page.Document, document => _breadcrumbs.Extract(document, page.Url));

    private BreadcrumbItem? ParentCrumb(LoadedPage page)
    {
        var crumbs = Crumbs(page);
        return crumbs.LastOrDefault(c => c.Url is { } u && !SamePage(u, page.Url) && !IsHome(u) && LinkHarvester.Follows(u, context.StartUrl));
    }

    /// <summary>
    /// The breadcrumb's last linked item above the page. A trailing crumb named like the page itself (<paramref name="ownName"/>)
    /// is the page under another URL (the same term reachable under two paths), not its parent.
    /// </summary>
    private string? ParentFromCrumbs(IReadOnlyList<BreadcrumbItem> crumbs, Uri pageUrl, string? ownName = null)
    {
        var linked = crumbs.Where(c => c.Url is { } u && LinkHarvester.IsSameSite(u, context.StartUrl)).ToList();
        while (linked.Count > 0 && (SamePage(linked[^1].Url!, pageUrl) || (ownName is not null && string.Equals(linked[^1].Name.Trim(), ownName.Trim(), StringComparison.OrdinalIgnoreCase))))
        {
            linked.RemoveAt(linked.Count - 1);
        }

        var parent = linked.LastOrDefault();
        return parent is null || IsHome(parent.Url!) ? null : CrawlSeeds.Key(parent.Url!);
    }

    /// <summary>
    /// A listing's name: its main heading, and of several headings the one its breadcrumb's current item repeats (a
    /// theme's page-title heading beside an SEO heading in the category description); with no heading, the
    /// breadcrumb's current item (the store's own name for the page: a menu's link text is often shortened), then the
    /// link text. A current item holding separators ("Men | Clothing | T-Shirts") is a page title, not a name.
    /// </summary>
    private static string? CategoryName(IDocument document, string? crumb, string? linkText)
    {
        crumb = crumb?.Trim();
        if (string.IsNullOrEmpty(crumb) || crumb.IndexOfAny(['|', '›', '»']) >= 0)
        {
            crumb = null;
        }

        var repeated = crumb is null ? null : PageClassifier.Headings(document).FirstOrDefault(h => string.Equals(h, crumb, StringComparison.OrdinalIgnoreCase));
        return repeated ?? PageClassifier.MainHeading(document) ?? crumb ?? linkText;
    }

    private static string? CrumbName(IReadOnlyList<BreadcrumbItem> crumbs, Uri pageUrl) =>
        crumbs.Count > 0 && (crumbs[^1].Url is null || SamePage(crumbs[^1].Url!, pageUrl)) ? crumbs[^1].Name : null;

    /// <summary>A page title without the store name and separators ("Teas | Store" gives "Teas").</summary>
    private static string TitleName(IDocument document, Uri url)
    {
        var title = document.Title ?? string.Empty;
        var cut = title.IndexOfAny(['|', '–', '—']);
        var text = (cut > 0 ? title[..cut] : title).Trim();
        return text.Length > 0 ? text : Uri.UnescapeDataString(url.AbsolutePath.TrimEnd('/').Split('/')[^1]);
    }

    /// <summary>
    /// The categories above a listing: its breadcrumb links, and the ancestors of its URL path (/c/a/b is often below a
    /// category /c/a that no menu shows). Ancestors are plain links, so one that does not exist is a dead link, not a loss.
    /// </summary>
    private IEnumerable<FrontierSeed> UpwardLinks(LoadedPage page, int depth)
    {
        foreach (var crumb in Crumbs(page))
        {
            if (crumb.Url is { } url && !SamePage(url, page.Url) && !IsHome(url) && LinkHarvester.Follows(url, context.StartUrl))
            {
                yield return CrawlSeeds.Seed(url, FrontierReason.Breadcrumb, null, crumb.Name, depth);
            }
        }

        var segments = page.Url.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var trailingSlash = page.Url.AbsolutePath.EndsWith('/');
        for (var n = segments.Length - 1; n >= 2; n--)
        {
            var path = "/" + string.Join('/', segments.Take(n)) + (trailingSlash ? "/" : string.Empty);
            var ancestor = new UriBuilder(page.Url) { Path = path, Query = string.Empty, Fragment = string.Empty }.Uri;
            if (LinkHarvester.Follows(ancestor, context.StartUrl))
            {
                yield return CrawlSeeds.Seed(ancestor, FrontierReason.Link, null, null, depth);
            }
        }
    }

    /// <summary>Main-content links in the family of the product's breadcrumb category (its other categories).</summary>
    private IEnumerable<Uri> CategoryFamilyLinks(LoadedPage page, Uri category) =>
        LinksUnder(page, DiscoveryWords.ParentPath(category.AbsolutePath), []).Where(u => !SamePage(u, category));

    /// <summary>Main-content links whose path's parent is the one most of the grid's product links share (not the root).</summary>
    private IEnumerable<Uri> FamilyLinks(LoadedPage page, IReadOnlyList<Uri> products)
    {
        var family = products.GroupBy(u => DiscoveryWords.ParentPath(u.AbsolutePath), StringComparer.Ordinal).MaxBy(g => g.Count());
        return family is null || family.Count() * 2 <= products.Count
            ? []
            : LinksUnder(page, family.Key, products.Select(CrawlSeeds.Key).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Same-site links of the page's main content whose path has the page's own parent path and depth.</summary>
    private IEnumerable<Uri> SiblingLinks(LoadedPage page) => LinksUnder(page, DiscoveryWords.ParentPath(page.Url.AbsolutePath), []);

    /// <summary>Followable main-content links whose path's parent is <paramref name="parent"/> (never the root: listings and content share it).</summary>
    private IEnumerable<Uri> LinksUnder(LoadedPage page, string parent, HashSet<string> skip)
    {
        if (parent.Length <= 1)
        {
            return [];
        }

        return LinkHarvester.Links(page.Document, page.Url, context.StartUrl, categoryUrl: null, categoryKey: null, skip, allLinks: true, includeChrome: false, depth: 0)
            .Select(seed => new Uri(seed.Url))
            .Where(url => string.Equals(DiscoveryWords.ParentPath(url.AbsolutePath), parent, StringComparison.Ordinal));
    }

    private async Task<string?> SameProductAsync(string url, ProductData product, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(product.Name))
        {
            return null;
        }

        var slug = Slug(url);
        foreach (var (_, otherUrl, otherSku) in await context.Store.FindProductsByNameAsync(context.Retailer.Id, product.Name, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(otherUrl, url, StringComparison.Ordinal))
            {
                return null;
            }

            var sameSku = product.Sku is { Length: >= 3 } sku && string.Equals(sku, otherSku, StringComparison.Ordinal);
            if (sameSku || (slug.Length >= 3 && string.Equals(slug, Slug(otherUrl), StringComparison.Ordinal)))
            {
                return otherUrl;
            }
        }

        return null;
    }

    /// <summary>The last path segment without its file extension: <c>/c/x/products/tea.html</c> gives <c>tea</c>.</summary>
    private static string Slug(string url)
    {
        var path = new Uri(url).AbsolutePath.TrimEnd('/');
        var last = path[(path.LastIndexOf('/') + 1)..];
        var dot = last.LastIndexOf('.');
        return dot > 0 ? last[..dot] : last;
    }

    private static IEnumerable<string?> DeclaredIdentities(IDocument document, ProductData product)
    {
        yield return document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        yield return document.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        yield return document.QuerySelector("[itemtype*='schema.org/Product'] [itemprop=url]")?.GetAttribute("content");
        yield return product.CanonicalUrl;
    }

    private static ProductData UnpricedProduct(LoadedPage page) => new()
    {
        Name = PageClassifier.MainHeading(page.Document),
        CanonicalUrl = page.Document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
        Availability = Availability.Unknown,
    };

    /// <summary>A stable digest of a page's product links (kept in the frontier, so it must not vary between processes).</summary>
    private static string Fingerprint(IReadOnlyList<Uri> links)
    {
        if (links.Count == 0)
        {
            return "0";
        }

        var digest = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('|', links.Select(CrawlSeeds.Key))));
        return string.Create(CultureInfo.InvariantCulture, $"{links.Count}:{Convert.ToHexString(digest, 0, 8)}");
    }

    private bool IsHome(Uri url) => SamePage(url, context.StartUrl) || url.AbsolutePath.TrimEnd('/').Length == 0 || DiscoveryWords.IsSiteRoot(url);

    private static bool SamePage(Uri a, Uri b) =>
        string.Equals(CrawlSeeds.Key(a).TrimEnd('/'), CrawlSeeds.Key(b).TrimEnd('/'), StringComparison.Ordinal);

    private Task CompleteAsync(FrontierEntry entry, FrontierCompletion completion, CancellationToken cancellationToken) =>
        // Completed as the run that holds the lease: a page another run took over (this one's lease lapsed) is theirs.
        context.Store.CompleteAsync(entry.Id, completion with { Owner = session.Owner }, context.TimeProvider.GetUtcNow(), cancellationToken);
}
